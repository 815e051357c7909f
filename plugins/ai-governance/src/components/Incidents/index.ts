export {
  EntityReportIncidentButton,
  ReportIncidentCard,
} from './EntityReportIncidentButton';
export { IncidentsContent, IncidentsPage } from './IncidentsPage';
export { IncidentsView } from './IncidentsView';
export { ReportIncidentDialog } from './ReportIncidentDialog';
export { ReportIncidentAnywhere } from './ReportIncidentAnywhere';
