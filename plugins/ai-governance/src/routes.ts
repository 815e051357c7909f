import { createRouteRef } from '@backstage/core-plugin-api';

/** The org dashboard, `/ai-governance`. @public */
export const rootRouteRef = createRouteRef({ id: 'ai-governance' });

/** The signed-in user's tasks and approvals, `/ai-governance/tasks`. @public */
export const myTasksRouteRef = createRouteRef({ id: 'ai-governance-my-tasks' });

/** The incident register across AI systems, Art. 73 deadlines first, `/ai-governance/incidents`. @public */
export const incidentsRouteRef = createRouteRef({
  id: 'ai-governance-incidents',
});

/** The clause gap assessment of the management system, `/ai-governance/aims/clauses`. @public */
export const aimsClausesRouteRef = createRouteRef({
  id: 'ai-governance-aims-clauses',
});

/** The internal audit programme of the management system, `/ai-governance/aims/audits`. @public */
export const aimsAuditsRouteRef = createRouteRef({
  id: 'ai-governance-aims-audits',
});
