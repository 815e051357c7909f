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

/** The scope and context of the management system, `/ai-governance/aims/scope`. @public */
export const aimsScopeRouteRef = createRouteRef({
  id: 'ai-governance-aims-scope',
});

/** The AIMS roles mapped to catalog groups and users, `/ai-governance/aims/roles`. @public */
export const aimsRolesRouteRef = createRouteRef({
  id: 'ai-governance-aims-roles',
});

/** The AI policy and other documents of the management system, `/ai-governance/aims/policies`. @public */
export const aimsPoliciesRouteRef = createRouteRef({
  id: 'ai-governance-aims-policies',
});

/** The objectives of the management system with their trends, `/ai-governance/aims/objectives`. @public */
export const aimsObjectivesRouteRef = createRouteRef({
  id: 'ai-governance-aims-objectives',
});

/** Management reviews, from inputs to minutes, `/ai-governance/aims/reviews`. @public */
export const aimsReviewsRouteRef = createRouteRef({
  id: 'ai-governance-aims-reviews',
});

/** Courses, training records and coverage per team, `/ai-governance/aims/training`. @public */
export const aimsTrainingRouteRef = createRouteRef({
  id: 'ai-governance-aims-training',
});

/** Certification readiness (stage 1, stage 2 sample, surveillance), `/ai-governance/aims/readiness`. @public */
export const aimsReadinessRouteRef = createRouteRef({
  id: 'ai-governance-aims-readiness',
});
