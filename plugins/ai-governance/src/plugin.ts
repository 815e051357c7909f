import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { aiGovernanceApiRef, AiGovernanceClient } from './api';
import { aiClassificationFieldOptions } from './components/ClassificationField';
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

/** The AI governance plugin for apps on the legacy frontend system. @public */
export const aiGovernancePlugin = createPlugin({
  id: 'ai-governance',
  apis: [
    createApiFactory({
      api: aiGovernanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiGovernanceClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    myTasks: myTasksRouteRef,
    incidents: incidentsRouteRef,
    aimsClauses: aimsClausesRouteRef,
    aimsAudits: aimsAuditsRouteRef,
    aimsPolicies: aimsPoliciesRouteRef,
    aimsReviews: aimsReviewsRouteRef,
    aimsObjectives: aimsObjectivesRouteRef,
    aimsReadiness: aimsReadinessRouteRef,
    aimsScope: aimsScopeRouteRef,
    aimsRoles: aimsRolesRouteRef,
    aimsTraining: aimsTrainingRouteRef,
  },
});

/** The org dashboard page; mount it at `/ai-governance`. @public */
export const AiGovernancePage: () => JSX.Element = aiGovernancePlugin.provide(
  createRoutableExtension({
    name: 'AiGovernancePage',
    component: () =>
      import('./components/Dashboard').then(m => m.GovernanceDashboardPage),
    mountPoint: rootRouteRef,
  }),
);

/** "My tasks": the user's and their teams' open tasks and approvals; mount it at `/ai-governance/tasks`. @public */
export const AiGovernanceMyTasksPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceMyTasksPage',
      component: () => import('./components/Tasks').then(m => m.MyTasksPage),
      mountPoint: myTasksRouteRef,
    }),
  );

/** The incident register across AI systems, Art. 73 deadlines first; mount it at `/ai-governance/incidents`. @public */
export const AiGovernanceIncidentsPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceIncidentsPage',
      component: () =>
        import('./components/Incidents').then(m => m.IncidentsPage),
      mountPoint: incidentsRouteRef,
    }),
  );

/** The clause gap assessment of the management system (ISO/IEC 42001 4–10); mount it at `/ai-governance/aims/clauses`. @public */
export const AiGovernanceAimsClausesPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsClausesPage',
      component: () => import('./components/Aims').then(m => m.ClausesPage),
      mountPoint: aimsClausesRouteRef,
    }),
  );

/** The scope and context of the management system (ISO/IEC 42001 4.1–4.4); mount it at `/ai-governance/aims/scope`. @public */
export const AiGovernanceAimsScopePage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsScopePage',
      component: () => import('./components/Aims').then(m => m.ScopePage),
      mountPoint: aimsScopeRouteRef,
    }),
  );

/** The roles of the management system and who holds them (ISO/IEC 42001 5.3); mount it at `/ai-governance/aims/roles`. @public */
export const AiGovernanceAimsRolesPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsRolesPage',
      component: () => import('./components/Aims').then(m => m.RolesPage),
      mountPoint: aimsRolesRouteRef,
    }),
  );

/** Competence and AI literacy: courses, coverage per team and training records (ISO/IEC 42001 7.2, 7.3); mount it at `/ai-governance/aims/training`. @public */
export const AiGovernanceAimsTrainingPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsTrainingPage',
      component: () =>
        import('./components/Training').then(m => m.TrainingPage),
      mountPoint: aimsTrainingRouteRef,
    }),
  );

/** The internal audit programme of the management system (ISO/IEC 42001 9.2); mount it at `/ai-governance/aims/audits`. @public */
export const AiGovernanceAimsAuditsPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsAuditsPage',
      component: () => import('./components/Aims').then(m => m.AuditsPage),
      mountPoint: aimsAuditsRouteRef,
    }),
  );

/** The AI policy and the procedures of the management system, versioned and approved (ISO/IEC 42001 5.2, 7.5); mount it at `/ai-governance/aims/policies`. @public */
export const AiGovernanceAimsPoliciesPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsPoliciesPage',
      component: () => import('./components/Aims').then(m => m.PoliciesPage),
      mountPoint: aimsPoliciesRouteRef,
    }),
  );

/** The management reviews of the management system, their frozen inputs and minutes (ISO/IEC 42001 9.3); mount it at `/ai-governance/aims/reviews`. @public */
export const AiGovernanceAimsReviewsPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsReviewsPage',
      component: () =>
        import('./components/Aims').then(m => m.ManagementReviewsPage),
      mountPoint: aimsReviewsRouteRef,
    }),
  );

/** The objectives of the management system with their trends (ISO/IEC 42001 6.2, 9.1); mount it at `/ai-governance/aims/objectives`. @public */
export const AiGovernanceAimsObjectivesPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsObjectivesPage',
      component: () => import('./components/Aims').then(m => m.ObjectivesPage),
      mountPoint: aimsObjectivesRouteRef,
    }),
  );

/** Certification readiness, the home of the management system (stage 1, stage 2 sample, surveillance); mount it at `/ai-governance/aims/readiness`. @public */
export const AiGovernanceAimsReadinessPage: () => JSX.Element =
  aiGovernancePlugin.provide(
    createRoutableExtension({
      name: 'AiGovernanceAimsReadinessPage',
      component: () => import('./components/Aims').then(m => m.ReadinessPage),
      mountPoint: aimsReadinessRouteRef,
    }),
  );

/** The Governance tab of an AiSystem entity page. @public */
export const EntityAiGovernanceContent: () => JSX.Element =
  aiGovernancePlugin.provide(
    createComponentExtension({
      name: 'EntityAiGovernanceContent',
      component: {
        lazy: () =>
          import('./components/GovernanceTab').then(m => m.GovernanceTab),
      },
    }),
  );

/** Overview card of an AiSystem: tier, purpose, owner, scorecard level. @public */
export const EntityAiSystemOverviewCard: () => JSX.Element =
  aiGovernancePlugin.provide(
    createComponentExtension({
      name: 'EntityAiSystemOverviewCard',
      component: {
        lazy: () =>
          import('./components/cards').then(m => m.AiSystemOverviewCard),
      },
    }),
  );

/** "Report an incident" card of an AiSystem, for its overview; anyone signed in may report. @public */
export const EntityReportIncidentCard: () => JSX.Element =
  aiGovernancePlugin.provide(
    createComponentExtension({
      name: 'EntityReportIncidentCard',
      component: {
        lazy: () =>
          import('./components/Incidents').then(m => m.ReportIncidentCard),
      },
    }),
  );

/** Card on a Component: the AI systems it implements. @public */
export const EntityComponentAiSystemsCard: () => JSX.Element =
  aiGovernancePlugin.provide(
    createComponentExtension({
      name: 'EntityComponentAiSystemsCard',
      component: {
        lazy: () =>
          import('./components/cards').then(m => m.ComponentAiSystemsCard),
      },
    }),
  );

/** Card on a Group: the team's governance scorecard, child groups included. @public */
export const EntityGroupAiGovernanceCard: () => JSX.Element =
  aiGovernancePlugin.provide(
    createComponentExtension({
      name: 'EntityGroupAiGovernanceCard',
      component: {
        lazy: () =>
          import('./components/cards').then(m => m.GroupScorecardCard),
      },
    }),
  );

/** Card on a Group: training coverage of the team's members, child groups included. @public */
export const EntityTrainingCoverageCard: () => JSX.Element =
  aiGovernancePlugin.provide(
    createComponentExtension({
      name: 'EntityTrainingCoverageCard',
      component: {
        lazy: () =>
          import('./components/Training').then(
            m => m.GroupTrainingCoverageCard,
          ),
      },
    }),
  );

/**
 * Software Template field `AiClassificationQuestionnaire`: the EU AI Act
 * classification questionnaire with its live result; place it inside
 * `<ScaffolderFieldExtensions>`.
 * @public
 */
export const AiClassificationFieldExtension = aiGovernancePlugin.provide(
  createScaffolderFieldExtension(aiClassificationFieldOptions),
);
