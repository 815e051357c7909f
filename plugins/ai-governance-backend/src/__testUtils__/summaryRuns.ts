import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';
import { scorecardRulesArb } from './scorecardRules';

/*
 * Runs of writes for the summaries property test
 * (src/database/summaries.property.test.ts): a few AI systems, a sequence
 * of operations that `applySummaryOp` plays through the services, and the
 * scorecard rules of the run. Operations name records by index (`idx`),
 * taken modulo what the run has made so far.
 */

/** When a run starts; its clock only moves through `clock` operations. */
export const BASE = Date.parse('2026-06-15T12:00:00.000Z');
/** A day in milliseconds. */
export const DAY = 86_400_000;
/** Who writes the records. */
export const ALICE = 'user:default/alice';
/** Who accepts, approves and closes (someone other than the author). */
export const BOB = 'user:default/bob';
const OWNERS = [
  'group:default/org',
  'group:default/team-a',
  'group:default/team-b',
  'user:default/carol',
  null,
];
/** The catalog's group tree: team-b under team-a under org. */
export const GROUPS = [
  { groupRef: 'group:default/org', parentRef: null },
  { groupRef: 'group:default/team-a', parentRef: 'group:default/org' },
  { groupRef: 'group:default/team-b', parentRef: 'group:default/team-a' },
];

const dayOffset = fc.integer({ min: -3, max: 6 });
const idx = fc.nat({ max: 7 });
const someControls = fc.uniqueArray(
  fc.constantFrom(...ANNEX_A_CONTROL_IDS.slice(0, 6)),
  { maxLength: 4 },
);

/** One write through the services (or the clock moving on, or the aging job). */
export const opArb = fc.oneof(
  fc.record({
    op: fc.constant('risk' as const),
    entity: idx,
    likelihood: fc.integer({ min: 1, max: 5 }),
    impact: fc.integer({ min: 1, max: 5 }),
    residual: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    status: fc.constantFrom('open', 'treating', 'closed'),
    treatment: fc.constantFrom('mitigate', 'accept', 'transfer'),
    plan: fc.constantFrom('', 'A plan'),
    due: fc.option(dayOffset, { nil: null }),
    review: fc.option(dayOffset, { nil: null }),
  }),
  fc.record({
    op: fc.constant('proposedRisk' as const),
    entity: idx,
    likelihood: fc.integer({ min: 1, max: 5 }),
    impact: fc.integer({ min: 1, max: 5 }),
    review: fc.option(dayOffset, { nil: null }),
  }),
  fc.record({
    op: fc.constant('decide' as const),
    risk: idx,
    decision: fc.constantFrom('confirm' as const, 'dismiss' as const),
  }),
  fc.record({
    op: fc.constant('riskUpdate' as const),
    risk: idx,
    status: fc.constantFrom('open', 'treating', 'closed'),
    treatment: fc.constantFrom('mitigate', 'accept'),
    review: fc.option(dayOffset, { nil: null }),
  }),
  fc.record({ op: fc.constant('accept' as const), risk: idx, days: dayOffset }),
  fc.record({
    op: fc.constant('control' as const),
    entity: idx,
    controlId: fc.constantFrom(...ANNEX_A_CONTROL_IDS.slice(0, 6)),
    applicable: fc.boolean(),
    status: fc.constantFrom('planned', 'implemented', 'implemented'),
    due: fc.option(dayOffset, { nil: null }),
  }),
  fc.record({
    op: fc.constant('evidence' as const),
    entity: idx,
    controlIds: someControls,
    file: fc.boolean(),
    expiresHours: fc.option(fc.integer({ min: -30, max: 150 }), { nil: null }),
  }),
  fc.record({ op: fc.constant('upload' as const), evidence: idx }),
  fc.record({
    op: fc.constant('assessment' as const),
    entity: idx,
    type: fc.constantFrom('risk', 'impact'),
    approve: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('catalog' as const),
    entity: idx,
    owner: fc.constantFrom(...OWNERS),
    tier: fc.constantFrom(null, 'minimal', 'high'),
    purpose: fc.constantFrom(null, 'A purpose'),
  }),
  fc.record({ op: fc.constant('change' as const), entity: idx }),
  fc.record({
    op: fc.constant('closeTask' as const),
    task: idx,
    dismiss: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('nonconformity' as const),
    entity: idx,
    dues: fc.array(dayOffset, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('actionDone' as const), nonconformity: idx }),
  fc.record({
    op: fc.constant('incident' as const),
    entity: idx,
    serious: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('incidentStep' as const),
    incident: idx,
    reject: fc.boolean(),
  }),
  fc.record({ op: fc.constant('sync' as const), keep: fc.boolean() }),
  fc.record({
    op: fc.constant('clock' as const),
    hours: fc.constantFrom(1, 7, 24, 49, 240),
  }),
  fc.record({ op: fc.constant('age' as const) }),
);

/** A run: its AI systems, up to 25 operations and the scorecard rules. */
export const runArb = fc.record({
  systems: fc.array(
    fc.record({
      owner: fc.constantFrom(...OWNERS),
      tier: fc.constantFrom(null, 'limited', 'high'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  ops: fc.array(opArb, { minLength: 1, maxLength: 25 }),
  rules: scorecardRulesArb([0.5, 0.8]),
});

/** One operation of a run. */
export type SummaryOp = typeof opArb extends fc.Arbitrary<infer T> ? T : never;
/** A generated run. */
export type SummaryRun = typeof runArb extends fc.Arbitrary<infer T>
  ? T
  : never;
