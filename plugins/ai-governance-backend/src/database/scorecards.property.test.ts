import {
  RISK_LEVELS,
  riskLevel,
  scorecardLevel,
  type ScorecardFacts,
  type ScorecardRules,
} from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { insertScenario } from '../__testUtils__/insertScenario';
import {
  NOW,
  scenarioArb,
  scenarioRecords,
  TODAY,
  type Scenario,
} from '../__testUtils__/scorecardScenarios';
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
 * The scenarios are generated in __testUtils__/scorecardScenarios.ts and
 * written to the tables by __testUtils__/insertScenario.ts.
 */

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
        const { controls, scenario } = scenarioRecords(s);
        await insertScenario(knex, entities, entityRef, scenario, controls);

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
