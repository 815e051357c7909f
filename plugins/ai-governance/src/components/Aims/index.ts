export { ClausesContent, ClausesPage } from './ClausesPage';
export { AuditsContent, AuditsPage } from './AuditsPage';
export { ObjectivesContent, ObjectivesPage } from './ObjectivesPage';
export { ReadinessContent, ReadinessPage } from './ReadinessPage';
