export { ClausesContent, ClausesPage } from './ClausesPage';
export { AuditsContent, AuditsPage } from './AuditsPage';
export { ReadinessContent, ReadinessPage } from './ReadinessPage';
