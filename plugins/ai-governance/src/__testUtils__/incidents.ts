import type {
  Incident,
  Nonconformity,
} from '@aigov/plugin-ai-governance-common';

let counter = 1;
const nextId = () =>
  `00000000-0000-4000-a000-${String(counter++).padStart(12, '0')}`;

const META = {
  version: 1,
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'user:default/guest',
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'user:default/guest',
};

/** An incident as the API returns it: a reported, not serious one on credit-scoring, by default. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: nextId(),
    entityRef: 'aisystem:default/credit-scoring',
    title: 'Applicants refused without reason',
    description: '',
    detectedAt: '2026-12-01T08:00:00.000Z',
    awareAt: '2026-12-01T09:00:00.000Z',
    reporter: 'user:default/guest',
    severity: 'high',
    harmCategories: ['fundamental-rights'],
    affectedPeople: { count: 12, groups: ['loan applicants'] },
    status: 'reported',
    rejectionReason: null,
    containment: null,
    rootCause: null,
    riskIds: [],
    controlIds: [],
    serious: false,
    seriousCategory: null,
    report: {
      state: 'not-reported',
      initialSentAt: null,
      finalSentAt: null,
      authority: null,
    },
    reportDueAt: null,
    reportOverdue: false,
    art73Applies: true,
    ...META,
    ...overrides,
  };
}

/** A nonconformity as the API returns it: open, from an incident, without actions, by default. */
export function makeNonconformity(
  overrides: Partial<Nonconformity> = {},
): Nonconformity {
  return {
    id: nextId(),
    entityRef: 'aisystem:default/credit-scoring',
    source: 'incident',
    sourceId: null,
    description: 'Refusal threshold not reviewed after retraining',
    correction: null,
    rootCause: null,
    status: 'open',
    correctiveActions: [],
    effectivenessReview: null,
    ...META,
    ...overrides,
  };
}
