export { EntityReportIncidentButton } from './EntityReportIncidentButton';
export { IncidentsContent, IncidentsPage } from './IncidentsPage';
export { IncidentsView } from './IncidentsView';
export { ReportIncidentDialog } from './ReportIncidentDialog';
