export { ClausesContent, ClausesPage } from './ClausesPage';
