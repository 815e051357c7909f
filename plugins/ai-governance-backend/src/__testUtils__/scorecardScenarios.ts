import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';
import { scorecardRulesArb } from './scorecardRules';

/*
 * Scenarios for the scorecard facts property test
 * (src/database/scorecards.property.test.ts): the records of one AI system,
 * dated around {@link NOW}, and the rules to score it under.
 * `insertScenario` writes them to the database.
 */

/** The moment every scenario is scored at. */
export const NOW = '2026-06-15T12:00:00.000Z';
/** The day of {@link NOW}. */
export const TODAY = NOW.slice(0, 10);
const date = fc.constantFrom(
  '2026-01-01',
  '2026-06-14',
  TODAY,
  '2026-06-16',
  '2027-01-01',
);
const stamp = fc.constantFrom(
  '2026-01-01T00:00:00.000Z',
  '2026-06-15T11:59:59.000Z',
  NOW,
  '2026-06-15T12:00:01.000Z',
  '2027-01-01T00:00:00.000Z',
);
const score = fc.integer({ min: 1, max: 5 });

const controlArb = fc.record({
  controlId: fc.constantFrom(...ANNEX_A_CONTROL_IDS),
  applicable: fc.boolean(),
  status: fc.constantFrom(
    'not-started',
    'planned',
    'in-progress',
    'implemented',
  ),
  dueDate: fc.option(date, { nil: null }),
});
const riskArb = fc.record({
  likelihood: score,
  impact: score,
  treatment: fc.constantFrom('mitigate', 'accept', 'transfer', 'avoid'),
  plan: fc.constantFrom('', 'A plan'),
  status: fc.constantFrom('proposed', 'open', 'treating', 'accepted', 'closed'),
  dueDate: fc.option(date, { nil: null }),
  nextReviewDate: fc.option(date, { nil: null }),
  acceptanceExpires: date,
});
const evidenceArb = fc.record({
  controlIds: fc.uniqueArray(
    fc.constantFrom(...ANNEX_A_CONTROL_IDS.slice(0, 8)),
    { maxLength: 3 },
  ),
  expiresAt: fc.option(stamp, { nil: null }),
  file: fc.constantFrom('none', 'pending', 'uploaded'),
});
const taskArb = fc.record({
  kind: fc.constantFrom('revalidation', 'revalidation', 'risk-review'),
  status: fc.constantFrom('open', 'done', 'dismissed'),
  dueAt: date,
});
const correctiveActionArb = fc.record({
  status: fc.constantFrom('planned', 'in-progress', 'done'),
  dueDate: date,
});
const incidentArb = fc.record({
  serious: fc.boolean(),
  status: fc.constantFrom(
    'reported',
    'triaged',
    'investigating',
    'remediating',
    'closed',
    'rejected',
  ),
});

/** One AI system's catalog facts and records, and the scorecard rules. */
export const scenarioArb = fc.record({
  // Weighted towards complete records, so silver and gold come up too.
  owner: fc.constantFrom(true, true, true, false),
  tier: fc.constantFrom(null, 'minimal', 'limited', 'high', 'prohibited'),
  purpose: fc.constantFrom(null, '', 'A purpose', 'A purpose'),
  // A mature system: every control recorded and implemented, evidence for
  // all, approved assessments; the random parts then decide the level.
  mature: fc.boolean(),
  everyControl: fc.boolean(),
  evidenceForAll: fc.boolean(),
  // Mostly implemented, so that silver and gold are reached too.
  controls: fc.uniqueArray(controlArb, {
    selector: c => c.controlId,
    maxLength: 38,
  }),
  allImplemented: fc.boolean(),
  risks: fc.array(riskArb, { maxLength: 3 }),
  evidence: fc.array(evidenceArb, { maxLength: 6 }),
  assessments: fc.array(
    fc.record({
      type: fc.constantFrom('risk', 'impact', 'eu-ai-act-classification'),
      status: fc.constantFrom('draft', 'in-review', 'approved'),
    }),
    { maxLength: 4 },
  ),
  tasks: fc.array(taskArb, { maxLength: 2 }),
  correctiveActions: fc.array(correctiveActionArb, { maxLength: 2 }),
  incidents: fc.array(incidentArb, { maxLength: 2 }),
  rules: scorecardRulesArb([0.5, 0.8, 0.9]),
});

/** A generated scenario. */
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T>
  ? T
  : never;

/**
 * The records a scenario stands for: a mature one made complete (owner,
 * purpose, every control implemented with evidence, approved risk and
 * impact assessments), then the controls recorded (every Annex A control,
 * or those generated) and the evidence with the evidence for all added.
 * Completes `s` in place, as the property's input.
 */
export function scenarioRecords(s: Scenario) {
  if (s.mature) {
    s.owner = true;
    s.purpose = 'A purpose';
    s.everyControl = true;
    s.allImplemented = true;
    s.evidenceForAll = true;
    s.assessments = [
      ...s.assessments,
      { type: 'risk', status: 'approved' },
      { type: 'impact', status: 'approved' },
    ];
  }
  const recorded = s.everyControl
    ? ANNEX_A_CONTROL_IDS.map(
        id =>
          s.controls.find(c => c.controlId === id) ?? {
            controlId: id,
            applicable: true,
            status: 'not-started' as const,
            dueDate: null,
          },
      )
    : s.controls;
  const controls = s.allImplemented
    ? recorded.map(c => ({ ...c, status: 'implemented' as const }))
    : recorded;
  const evidence = s.evidenceForAll
    ? [
        ...s.evidence,
        {
          controlIds: controls.map(c => c.controlId),
          expiresAt: null,
          file: 'uploaded' as const,
        },
      ]
    : s.evidence;
  return { controls, scenario: { ...s, evidence } };
}
