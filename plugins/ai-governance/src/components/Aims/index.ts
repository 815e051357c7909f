export { ClausesContent, ClausesPage } from './ClausesPage';
export { AuditsContent, AuditsPage } from './AuditsPage';
export { PoliciesContent, PoliciesPage } from './PoliciesPage';
export {
  ManagementReviewsContent,
  ManagementReviewsPage,
} from './ManagementReviewsPage';
export { ObjectivesContent, ObjectivesPage } from './ObjectivesPage';
export { ReadinessContent, ReadinessPage } from './ReadinessPage';
export { ScopeContent, ScopePage } from './ScopePage';
export { RolesContent, RolesPage } from './RolesPage';
