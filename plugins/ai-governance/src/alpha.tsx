import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';
import EventNoteIcon from '@material-ui/icons/EventNote';
import GavelIcon from '@material-ui/icons/Gavel';
import SchoolIcon from '@material-ui/icons/School';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import PeopleIcon from '@material-ui/icons/People';
import DescriptionIcon from '@material-ui/icons/Description';
import FindInPageIcon from '@material-ui/icons/FindInPage';
import PlaylistAddCheckIcon from '@material-ui/icons/PlaylistAddCheck';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { aiGovernanceApiRef, AiGovernanceClient } from './api';
import {
  aimsAuditsRouteRef,
  aimsPoliciesRouteRef,
  aimsClausesRouteRef,
  aimsObjectivesRouteRef,
  aimsReadinessRouteRef,
  aimsReviewsRouteRef,
  aimsRolesRouteRef,
  aimsScopeRouteRef,
  aimsTrainingRouteRef,
  incidentsRouteRef,
  myTasksRouteRef,
  rootRouteRef,
} from './routes';

const api = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiGovernanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiGovernanceClient({ discoveryApi, fetchApi }),
    }),
});

const dashboardPage = PageBlueprint.make({
  params: {
    path: '/ai-governance',
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/Dashboard').then(m =>
        compatWrapper(<m.GovernanceDashboardPage />),
      ),
  },
});

// Its own page (and sidebar entry) rather than a tab of the dashboard: it is
// where people go every day, the dashboard is where they go to report.
const myTasksPage = PageBlueprint.make({
  name: 'my-tasks',
  params: {
    path: '/ai-governance/tasks',
    routeRef: convertLegacyRouteRef(myTasksRouteRef),
    title: 'My tasks',
    icon: <AssignmentTurnedInIcon />,
    loader: () =>
      import('./components/Tasks').then(m => compatWrapper(<m.MyTasksPage />)),
  },
});

const incidentsPage = PageBlueprint.make({
  name: 'incidents',
  params: {
    path: '/ai-governance/incidents',
    routeRef: convertLegacyRouteRef(incidentsRouteRef),
    title: 'Incidents',
    icon: <ReportProblemIcon />,
    loader: () =>
      import('./components/Incidents').then(m =>
        compatWrapper(<m.IncidentsPage />),
      ),
  },
});

const aimsClausesPage = PageBlueprint.make({
  name: 'aims-clauses',
  params: {
    path: '/ai-governance/aims/clauses',
    routeRef: convertLegacyRouteRef(aimsClausesRouteRef),
    title: 'Clauses',
    icon: <PlaylistAddCheckIcon />,
    loader: () =>
      import('./components/Aims').then(m => compatWrapper(<m.ClausesPage />)),
  },
});

const aimsScopePage = PageBlueprint.make({
  name: 'aims-scope',
  params: {
    path: '/ai-governance/aims/scope',
    routeRef: convertLegacyRouteRef(aimsScopeRouteRef),
    title: 'Scope & context',
    icon: <AccountTreeIcon />,
    loader: () =>
      import('./components/Aims').then(m => compatWrapper(<m.ScopePage />)),
  },
});

const aimsRolesPage = PageBlueprint.make({
  name: 'aims-roles',
  params: {
    path: '/ai-governance/aims/roles',
    routeRef: convertLegacyRouteRef(aimsRolesRouteRef),
    title: 'Roles',
    icon: <PeopleIcon />,
    loader: () =>
      import('./components/Aims').then(m => compatWrapper(<m.RolesPage />)),
  },
});

const aimsTrainingPage = PageBlueprint.make({
  name: 'aims-training',
  params: {
    path: '/ai-governance/aims/training',
    routeRef: convertLegacyRouteRef(aimsTrainingRouteRef),
    title: 'Training',
    icon: <SchoolIcon />,
    loader: () =>
      import('./components/Training').then(m =>
        compatWrapper(<m.TrainingPage />),
      ),
  },
});

const aimsAuditsPage = PageBlueprint.make({
  name: 'aims-audits',
  params: {
    path: '/ai-governance/aims/audits',
    routeRef: convertLegacyRouteRef(aimsAuditsRouteRef),
    title: 'Audits',
    icon: <FindInPageIcon />,
    loader: () =>
      import('./components/Aims').then(m => compatWrapper(<m.AuditsPage />)),
  },
});

const aimsPoliciesPage = PageBlueprint.make({
  name: 'aims-policies',
  params: {
    path: '/ai-governance/aims/policies',
    routeRef: convertLegacyRouteRef(aimsPoliciesRouteRef),
    title: 'Policies',
    icon: <DescriptionIcon />,
    loader: () =>
      import('./components/Aims').then(m => compatWrapper(<m.PoliciesPage />)),
  },
});

const aimsReviewsPage = PageBlueprint.make({
  name: 'aims-reviews',
  params: {
    path: '/ai-governance/aims/reviews',
    routeRef: convertLegacyRouteRef(aimsReviewsRouteRef),
    title: 'Management reviews',
    icon: <EventNoteIcon />,
    loader: () =>
      import('./components/Aims').then(m =>
        compatWrapper(<m.ManagementReviewsPage />),
      ),
  },
});

const aimsObjectivesPage = PageBlueprint.make({
  name: 'aims-objectives',
  params: {
    path: '/ai-governance/aims/objectives',
    routeRef: convertLegacyRouteRef(aimsObjectivesRouteRef),
    title: 'Objectives',
    icon: <TrendingUpIcon />,
    loader: () =>
      import('./components/Aims').then(m =>
        compatWrapper(<m.ObjectivesPage />),
      ),
  },
});

// The home of the management system: the sidebar's "Management system"
// opens it, and the AIMS tabs lead on to the other pages.
const aimsReadinessPage = PageBlueprint.make({
  name: 'aims-readiness',
  params: {
    path: '/ai-governance/aims/readiness',
    routeRef: convertLegacyRouteRef(aimsReadinessRouteRef),
    title: 'Management system',
    icon: <VerifiedUserIcon />,
    loader: () =>
      import('./components/Aims').then(m => compatWrapper(<m.ReadinessPage />)),
  },
});

const governanceContent = EntityContentBlueprint.make({
  name: 'governance',
  params: {
    path: '/governance',
    title: 'Governance',
    filter: 'kind:aisystem',
    loader: () =>
      import('./components/GovernanceTab').then(m =>
        compatWrapper(<m.GovernanceTab />),
      ),
  },
});

const overviewCard = EntityCardBlueprint.make({
  name: 'ai-system-overview',
  params: {
    filter: 'kind:aisystem',
    loader: () =>
      import('./components/cards').then(m =>
        compatWrapper(<m.AiSystemOverviewCard />),
      ),
  },
});

// Reporting must be easy and never blocked: on every AiSystem's overview.
const reportIncidentCard = EntityCardBlueprint.make({
  name: 'report-incident',
  params: {
    filter: 'kind:aisystem',
    loader: () =>
      import('./components/Incidents').then(m =>
        compatWrapper(<m.ReportIncidentCard />),
      ),
  },
});

const componentCard = EntityCardBlueprint.make({
  name: 'component-ai-systems',
  params: {
    filter: 'kind:component',
    loader: () =>
      import('./components/cards').then(m =>
        compatWrapper(<m.ComponentAiSystemsCard />),
      ),
  },
});

const groupCard = EntityCardBlueprint.make({
  name: 'group-scorecard',
  params: {
    filter: 'kind:group',
    loader: () =>
      import('./components/cards').then(m =>
        compatWrapper(<m.GroupScorecardCard />),
      ),
  },
});

const groupTrainingCard = EntityCardBlueprint.make({
  name: 'group-training-coverage',
  params: {
    filter: 'kind:group',
    loader: () =>
      import('./components/Training').then(m =>
        compatWrapper(<m.GroupTrainingCoverageCard />),
      ),
  },
});

// No attachTo: the blueprint's default, the `formFields` input of the
// scaffolder's `api:scaffolder/form-fields`, is where the scaffolder's
// templates and template editor load their fields from.
const classificationField = FormFieldBlueprint.make({
  name: 'ai-classification-questionnaire',
  params: {
    field: () =>
      import('./components/ClassificationField/formField').then(
        m => m.aiClassificationFormField,
      ),
  },
});

/**
 * The AI governance plugin for the new frontend system: the org dashboard
 * and "My tasks" (each with its sidebar entry), the AiSystem Governance tab and the AiSystem,
 * Component and Group cards, and the `AiClassificationQuestionnaire`
 * Software Template field.
 * @public
 */
export default createFrontendPlugin({
  pluginId: 'ai-governance',
  title: 'AI Governance',
  icon: <GavelIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: convertLegacyRouteRef(rootRouteRef),
    myTasks: convertLegacyRouteRef(myTasksRouteRef),
    incidents: convertLegacyRouteRef(incidentsRouteRef),
    aimsClauses: convertLegacyRouteRef(aimsClausesRouteRef),
    aimsAudits: convertLegacyRouteRef(aimsAuditsRouteRef),
    aimsPolicies: convertLegacyRouteRef(aimsPoliciesRouteRef),
    aimsReviews: convertLegacyRouteRef(aimsReviewsRouteRef),
    aimsObjectives: convertLegacyRouteRef(aimsObjectivesRouteRef),
    aimsReadiness: convertLegacyRouteRef(aimsReadinessRouteRef),
    aimsScope: convertLegacyRouteRef(aimsScopeRouteRef),
    aimsRoles: convertLegacyRouteRef(aimsRolesRouteRef),
    aimsTraining: convertLegacyRouteRef(aimsTrainingRouteRef),
  },
  extensions: [
    api,
    dashboardPage,
    myTasksPage,
    incidentsPage,
    aimsClausesPage,
    aimsAuditsPage,
    aimsPoliciesPage,
    aimsReviewsPage,
    aimsObjectivesPage,
    aimsReadinessPage,
    aimsScopePage,
    aimsRolesPage,
    aimsTrainingPage,
    governanceContent,
    overviewCard,
    reportIncidentCard,
    componentCard,
    groupCard,
    groupTrainingCard,
    classificationField,
  ],
});
