import {
  ANNEX_A_CONTROL_IDS,
  RISK_LEVELS,
  riskLevel,
  scorecardLevel,
  type RiskLevel,
  type ScorecardFacts,
  type ScorecardRules,
} from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { DatabaseEntityStore } from './EntityStore';
import { Scorecards } from './scorecards';
import { DatabaseSummaryStore } from './SummaryStore';

jest.setTimeout(180_000);

/*
 * The scorecard is computed by SQL. This test generates random records,
 * computes the same facts and level in plain TypeScript straight from the
 * definitions, and holds the SQL to them on both databases. Tasks come in
 * every status and kind, open revalidations past due among them, and
 * nonconformities with corrective actions in every status and due date,
 * and incidents serious or not in every status: the open ones, and the
 * open serious ones, are counted per system and for the owning team.
 */

const NOW = '2026-06-15T12:00:00.000Z';
const TODAY = NOW.slice(0, 10);
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
const scenarioArb = fc.record({
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
  rules: fc.record({
    riskAppetite: fc.constantFrom<RiskLevel>(...RISK_LEVELS),
    silverMinCompliance: fc.constantFrom(0.5, 0.8, 0.9),
    goldMinCompliance: fc.constantFrom(0.95, 1),
  }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** The incidents not closed or rejected, and how many of them are serious. */
function openIncidents(s: Scenario) {
  const open = s.incidents.filter(
    i => i.status !== 'closed' && i.status !== 'rejected',
  );
  return { open: open.length, serious: open.filter(i => i.serious).length };
}

/** The facts, from the definitions in -common, in plain TypeScript. */
function expectedFacts(
  s: Scenario,
  controls: Scenario['controls'],
  rules: ScorecardRules,
): ScorecardFacts {
  const appetite = RISK_LEVELS.indexOf(rules.riskAppetite);
  const implemented = controls.filter(
    c => c.applicable && c.status === 'implemented',
  );
  const hasCurrentEvidence = (controlId: string) =>
    s.evidence.some(
      e =>
        e.controlIds.includes(controlId) &&
        (e.expiresAt === null || e.expiresAt > NOW) &&
        e.file !== 'pending',
    );
  const open = s.risks.filter(
    r => r.status === 'open' || r.status === 'treating',
  );
  const openTasks = s.tasks.filter(t => t.status === 'open');
  const revalidations = openTasks.filter(t => t.kind === 'revalidation');
  return {
    hasOwner: s.owner,
    hasTier: s.tier !== null,
    hasPurpose: !!s.purpose,
    highTier: s.tier === 'high' || s.tier === 'prohibited',
    riskAssessmentApproved: s.assessments.some(
      a => a.type === 'risk' && a.status === 'approved',
    ),
    impactAssessmentApproved: s.assessments.some(
      a => a.type === 'impact' && a.status === 'approved',
    ),
    applicableControls: 38 - controls.filter(c => !c.applicable).length,
    implementedControls: implemented.length,
    implementedWithoutEvidence: implemented.filter(
      c => !hasCurrentEvidence(c.controlId),
    ).length,
    untreatedAboveAppetite: s.risks.filter(r => {
      if (r.status === 'closed' || r.status === 'proposed') return false;
      if (RISK_LEVELS.indexOf(riskLevel(r.likelihood * r.impact)) < appetite)
        return false;
      if (r.status === 'treating' && r.treatment !== 'accept' && r.plan !== '')
        return false;
      if (r.status === 'accepted' && r.acceptanceExpires >= TODAY) return false;
      return true;
    }).length,
    overdueReviews: s.risks.filter(
      r =>
        r.status !== 'closed' &&
        r.status !== 'proposed' &&
        ((r.nextReviewDate !== null && r.nextReviewDate < TODAY) ||
          (r.status === 'accepted' && r.acceptanceExpires < TODAY)),
    ).length,
    overdueTreatments: open.filter(r => r.dueDate !== null && r.dueDate < TODAY)
      .length,
    overdueControls: controls.filter(
      c =>
        c.applicable &&
        c.status !== 'implemented' &&
        c.dueDate !== null &&
        c.dueDate < TODAY,
    ).length,
    expiredEvidence: s.evidence.filter(
      e => e.expiresAt !== null && e.expiresAt <= NOW,
    ).length,
    revalidationDue: revalidations.length,
    overdueRevalidations: revalidations.filter(t => t.dueAt < TODAY).length,
    overdueTasks: openTasks.filter(t => t.dueAt < TODAY).length,
    overdueCorrectiveActions: s.correctiveActions.filter(
      a => a.status !== 'done' && a.dueDate < TODAY,
    ).length,
    openSeriousIncidents: s.incidents.filter(
      i => i.serious && !['closed', 'rejected'].includes(i.status),
    ).length,
  };
}

describeOnEachDatabase('scorecards on %s', setup => {
  const db = setup.migratedDatabase();
  let entities: DatabaseEntityStore;

  beforeAll(() => {
    entities = new DatabaseEntityStore(db.knex, () => new Date(NOW));
  });

  it('computes in SQL the facts and level the definitions give', async () => {
    const { knex } = db;
    const seen = new Set<string>();
    // What the team of every owned system (all runs add to one database) counts.
    const team = { systems: 0, open: 0, serious: 0 };
    await fc.assert(
      fc.asyncProperty(scenarioArb, async s => {
        const entityRef = `aisystem:default/p-${randomUUID()}`;
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
        const scenario = { ...s, evidence };
        const meta = {
          version: 1,
          created_at: NOW,
          created_by: 'user:default/a',
          updated_at: NOW,
          updated_by: 'user:default/a',
        };
        await entities.upsertEntity({
          entityRef,
          kind: 'aisystem',
          title: null,
          ownerRef: s.owner ? 'group:default/team' : null,
          riskTier: s.tier,
          purpose: s.purpose,
          lifecycle: null,
        });
        if (controls.length) {
          await knex('control_statuses').insert(
            controls.map(c => ({
              entity_ref: entityRef,
              control_id: c.controlId,
              applicable: c.applicable,
              status: c.status,
              due_date: c.dueDate,
              ...meta,
            })),
          );
        }
        for (const r of s.risks) {
          const sc = r.likelihood * r.impact;
          await knex('risks').insert({
            id: randomUUID(),
            entity_ref: entityRef,
            title: 't',
            category: 'c',
            lifecycle_stage: 'operation',
            likelihood: r.likelihood,
            impact: r.impact,
            score: sc,
            level: riskLevel(sc),
            treatment: r.treatment,
            treatment_plan: r.plan,
            status: r.status,
            due_date: r.dueDate,
            next_review_date: r.nextReviewDate,
            acceptance_expires_at:
              r.status === 'accepted' ? r.acceptanceExpires : null,
            ...meta,
          });
        }
        for (const e of evidence) {
          const id = randomUUID();
          await knex('evidence').insert({
            id,
            entity_ref: entityRef,
            title: 'e',
            kind: 'report',
            collected_at: '2026-01-01T00:00:00.000Z',
            expires_at: e.expiresAt,
            url: e.file === 'none' ? 'https://example.com/e' : null,
            file_name: e.file === 'none' ? null : 'e.pdf',
            sha256: e.file === 'uploaded' ? 'a'.repeat(64) : null,
            ...meta,
          });
          if (e.controlIds.length) {
            await knex('evidence_links').insert(
              e.controlIds.map(c => ({
                evidence_id: id,
                entity_ref: entityRef,
                target_type: 'control',
                target_id: c,
              })),
            );
          }
        }
        for (const t of s.tasks) {
          // No open key: the test may hold two open revalidations, which
          // the service never opens but the facts must still count.
          await knex('tasks').insert({
            id: randomUUID(),
            entity_ref: entityRef,
            kind: t.kind,
            cause_type: 'change',
            control_ids: '[]',
            due_at: t.dueAt,
            status: t.status,
            evidence_ids: '[]',
            ...meta,
          });
        }
        if (s.correctiveActions.length) {
          const nonconformityId = randomUUID();
          await knex('nonconformities').insert({
            id: nonconformityId,
            entity_ref: entityRef,
            source: 'monitoring',
            description: 'd',
            status: 'actions-planned',
            ...meta,
          });
          await knex('corrective_actions').insert(
            s.correctiveActions.map((a, position) => ({
              id: randomUUID(),
              nonconformity_id: nonconformityId,
              entity_ref: entityRef,
              position,
              description: 'a',
              owner: 'group:default/team',
              due_date: a.dueDate,
              status: a.status,
              evidence_ids: '[]',
            })),
          );
        }
        for (const i of s.incidents) {
          await knex('incidents').insert({
            id: randomUUID(),
            entity_ref: entityRef,
            title: 't',
            description: '',
            detected_at: NOW,
            aware_at: NOW,
            reporter: 'user:default/a',
            severity: 'high',
            harm_categories: '[]',
            affected_groups: '[]',
            status: i.status,
            risk_ids: '[]',
            control_ids: '[]',
            serious: i.serious,
            serious_category: i.serious ? 'death' : null,
            report_state: 'not-reported',
            ...meta,
          });
        }
        for (const a of s.assessments) {
          await knex('assessments').insert({
            id: randomUUID(),
            entity_ref: entityRef,
            type: a.type,
            answers: '{}',
            status: a.status,
            ...meta,
          });
        }

        const scorecards = new Scorecards(knex, s.rules, () => new Date(NOW));
        const found = await scorecards.entityFacts(entityRef);
        const want = expectedFacts(scenario, controls, s.rules);
        expect(found?.facts).toEqual(want);
        const incidents = openIncidents(scenario);
        expect(Number(found!.row.open_incidents)).toBe(incidents.open);
        expect(found?.sqlLevel).toBe(scorecardLevel(want, s.rules).level);
        seen.add(found!.sqlLevel);
        // The summary the recompute stores is what is read: the same facts.
        await scorecards.rebuildSummaries();
        const summary = await new DatabaseSummaryStore(knex).read(entityRef);
        expect(summary?.row).toMatchObject({
          level: found!.sqlLevel,
          implemented_without_evidence: want.implementedWithoutEvidence,
          untreated: want.untreatedAboveAppetite,
          evidence_expired: want.expiredEvidence,
          revalidation_due: want.revalidationDue,
          overdue_revalidations: want.overdueRevalidations,
          overdue_tasks: want.overdueTasks,
          overdue_corrective_actions: want.overdueCorrectiveActions,
          open_serious_incidents: want.openSeriousIncidents,
          open_incidents: incidents.open,
        });
        if (s.owner) {
          team.systems += 1;
          team.open += incidents.open;
          team.serious += incidents.serious;
        }
        const teams = (await scorecards.byOwner()).map(t => ({
          groupRef: t.groupRef,
          systems: t.systems,
          open: t.openIncidents,
          serious: t.openSeriousIncidents,
        }));
        expect(teams).toEqual(
          team.systems ? [{ groupRef: 'group:default/team', ...team }] : [],
        );
        expect((await scorecards.entity(entityRef))?.level).toBe(
          found!.sqlLevel,
        );
      }),
      { numRuns: 150 },
    );
    // The generator must exercise more than the trivial level.
    expect([...seen].sort()).toEqual(['bronze', 'gold', 'none', 'silver']);
  });
});
