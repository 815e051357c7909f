import {
  ANNEX_A_CONTROLS,
  type Assessment,
  type EntityControl,
  type Evidence,
  type EntityScorecard,
  type Risk,
  type TeamScorecard,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';

/*
 * Records as the API and the catalog return them, with sensible defaults
 * and overrides per test.
 */

/** The error names the backend gives each status. */
const ERROR_NAMES: Record<number, string> = {
  400: 'InputError',
  403: 'NotAllowedError',
  404: 'NotFoundError',
  412: 'PreconditionFailedError',
};

/**
 * An API error as the client throws it: a ResponseError read from the body
 * the backend sends, with the field problems a 400 names.
 */
export function apiError(
  status: number,
  message: string,
  details: Array<{ path: string; message: string }> = [],
): Promise<ResponseError> {
  const body = {
    error: {
      name: ERROR_NAMES[status] ?? 'Error',
      message,
      ...(details.length > 0 && { details }),
    },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: ERROR_NAMES[status] ?? 'Error',
    headers: new Headers({ 'Content-Type': 'application/json' }),
    redirected: false,
    type: 'basic',
    url: 'http://localhost:7007/api/ai-governance',
    text: async () => JSON.stringify(body),
  });
}

let entityCounter = 0;

/**
 * A fresh entity per test: usePermission caches decisions per resource for
 * the whole test file, so reusing one entity would leak a deny or allow.
 */
export function newEntityRef(): CompoundEntityRef {
  entityCounter += 1;
  return {
    kind: 'AiSystem',
    namespace: 'default',
    name: `credit-scoring-${entityCounter}`,
  };
}

/** The 38 controls as an entity nothing was recorded for, with overrides by id. */
export function makeControls(
  overrides: Record<string, Partial<EntityControl>> = {},
): EntityControl[] {
  return ANNEX_A_CONTROLS.map(c => ({
    entityRef: 'aisystem:default/credit-scoring',
    controlId: c.id,
    objectiveId: c.objectiveId,
    title: c.title,
    applicable: true,
    justification: null,
    status: 'not-started',
    owner: null,
    dueDate: null,
    overdue: false,
    evidence: [],
    recorded: false,
    version: 0,
    updatedAt: null,
    updatedBy: null,
    ...overrides[c.id],
  }));
}

let riskCounter = 1;

/** A risk as the API returns it; the level follows the default matrix. */
export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  const id = `00000000-0000-4000-8000-${String(riskCounter++).padStart(
    12,
    '0',
  )}`;
  return {
    id,
    entityRef: 'component:default/loan-scorer',
    title: 'A risk',
    description: '',
    category: 'fairness',
    source: null,
    lifecycleStage: 'operation',
    likelihood: 2,
    impact: 2,
    score: 4,
    level: 'low',
    treatment: 'mitigate',
    treatmentPlan: '',
    controlIds: [],
    residualLikelihood: null,
    residualImpact: null,
    residualScore: null,
    residualLevel: null,
    owner: 'group:default/credit-ml',
    status: 'open',
    dueDate: null,
    nextReviewDate: null,
    acceptance: null,
    version: 1,
    createdAt: '2025-01-10T09:00:00Z',
    createdBy: 'user:default/alice',
    updatedAt: '2025-01-10T09:00:00Z',
    updatedBy: 'user:default/alice',
    ...overrides,
  };
}
/** A scorecard with sensible defaults. */
export function scorecard(
  overrides: Partial<EntityScorecard> = {},
): EntityScorecard {
  return {
    entityRef: 'aisystem:default/example',
    title: 'Example',
    owner: 'group:default/team-a',
    riskTier: 'minimal',
    level: 'none',
    nextLevel: 'bronze',
    missingForNextLevel: [],
    missingItems: [],
    compliance: 1,
    controls: { applicable: 0, implemented: 0, notApplicable: 0 },
    risks: {
      open: { low: 0, medium: 0, high: 0, critical: 0 },
      untreatedAboveAppetite: 0,
    },
    overdue: { reviews: 0, treatments: 0, controls: 0 },
    evidence: { total: 0, expired: 0 },
    assessments: { riskApproved: false, impactApproved: false },
    revalidation: { due: 0, overdue: 0 },
    ...overrides,
  };
}

/** A team scorecard row with sensible defaults. */
export function teamRow(overrides: Partial<TeamScorecard> = {}): TeamScorecard {
  return {
    groupRef: 'group:default/team-a',
    systems: 1,
    levels: { none: 0, bronze: 1, silver: 0, gold: 0 },
    compliance: 0.5,
    openHighOrCritical: 0,
    untreatedAboveAppetite: 0,
    overdue: 0,
    expiredEvidence: 0,
    overdueTasks: 0,
    openIncidents: 0,
    openSeriousIncidents: 0,
    childGroups: [],
    ...overrides,
  };
}

/**
 * The engineering team of the test org: two AI systems, one bronze and one
 * gold, with findings in every column the dashboard and the group card show.
 */
export function engineeringTeamRow(
  overrides: Partial<TeamScorecard> = {},
): TeamScorecard {
  return teamRow({
    groupRef: 'group:default/engineering',
    systems: 2,
    levels: { none: 0, bronze: 1, silver: 0, gold: 1 },
    compliance: 0.75,
    openHighOrCritical: 4,
    overdue: 5,
    expiredEvidence: 2,
    ...overrides,
  });
}

/** An AiSystem entity, with the relations the catalog would add. */
export function aiSystem(
  name: string,
  options: { owner?: string; riskTier?: string; title?: string } = {},
): Entity {
  const owner = options.owner ?? 'group:default/team-a';
  return {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name, namespace: 'default', title: options.title },
    spec: {
      type: 'classifier',
      lifecycle: 'production',
      owner,
      purpose: `Purpose of ${name}`,
      ...(options.riskTier ? { riskTier: options.riskTier } : {}),
    },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** A Group entity with its hierarchy relations. */
export function group(
  name: string,
  hierarchy: { parent?: string; children?: string[] } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: hierarchy.children ?? [] },
    relations: [
      ...(hierarchy.parent
        ? [{ type: 'childOf', targetRef: `group:default/${hierarchy.parent}` }]
        : []),
      ...(hierarchy.children ?? []).map(child => ({
        type: 'parentOf',
        targetRef: `group:default/${child}`,
      })),
    ],
  };
}

/** An evidence record as the API returns it. */
export function makeEvidence(overrides: Partial<Evidence>): Evidence {
  return {
    id: 'ev-1',
    entityRef: 'aisystem:default/credit-scoring',
    title: 'Evidence',
    kind: 'document',
    url: null,
    file: null,
    collectedAt: '2025-01-01T00:00:00.000Z',
    expiresAt: null,
    expired: false,
    controlIds: [],
    riskIds: [],
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    createdBy: 'user:default/alice',
    updatedAt: '2025-01-01T00:00:00.000Z',
    updatedBy: 'user:default/alice',
    ...overrides,
  };
}

/** An assessment's approval by Carol, who is not its author (alice). */
export const APPROVED_BY_CAROL = {
  status: 'approved',
  approvedBy: 'user:default/carol',
  approvedAt: '2025-02-03T10:00:00.000Z',
} as const satisfies Partial<Assessment>;

/** An assessment as the API returns it. */
export function makeAssessment(
  overrides: Partial<Assessment> = {},
): Assessment {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    entityRef: 'aisystem:default/credit-scoring',
    type: 'impact',
    answers: {},
    result: null,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    version: 1,
    createdAt: '2025-02-01T10:00:00.000Z',
    createdBy: 'user:default/alice',
    updatedAt: '2025-02-02T10:00:00.000Z',
    updatedBy: 'user:default/alice',
    ...overrides,
  };
}
