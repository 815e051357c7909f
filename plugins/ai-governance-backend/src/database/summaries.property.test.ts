import { scorecardLevel } from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';
import {
  applySummaryOp,
  at,
  startSummaryRun,
} from '../__testUtils__/applySummaryOp';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { GROUPS, runArb } from '../__testUtils__/summaryRuns';
import { riskHeatMap } from './overview';
import {
  groupEdges,
  liveOrgRollUpQuery,
  scorecardOf,
  teamScorecardOf,
  withChildGroups,
} from './scorecards';
import { DatabaseSummaryStore } from './SummaryStore';

jest.setTimeout(300_000);

/*
 * Scorecards are read from summaries that every write keeps. This test runs
 * random sequences of writes through the services (risks, acceptance,
 * controls, evidence and uploads, assessments and approval, tasks opened
 * by material changes and closed, nonconformities with corrective actions
 * and actions done, incidents serious or not moved along their statuses or
 * rejected, catalog changes, the clock moving on),
 * then holds what the summaries answer to what the definitions give from
 * the records: the per-entity scorecard to
 * `scorecardLevel` over the facts SQL, the org roll-up, with and without a
 * permission condition, to the roll-up computed from the records, the
 * org-wide heat map to the risks counted in the records, and every
 * stored row to the facts once the aging job has run. The teams' incident
 * counts are also held to a model built from what the run did: the
 * incidents it opened, moved and rejected and the systems the catalog holds.
 * The runs are generated in __testUtils__/summaryRuns.ts and played through
 * the services by __testUtils__/applySummaryOp.ts.
 */

/** The groups a system owned by `owner` counts for: the owner and its ancestors. */
function rolledUpTo(owner: string): string[] {
  const groups = [owner];
  let parent = GROUPS.find(g => g.groupRef === owner)?.parentRef;
  while (parent) {
    groups.push(parent);
    const up: string = parent;
    parent = GROUPS.find(g => g.groupRef === up)?.parentRef;
  }
  return groups;
}

const rowsOf = (r: any): Record<string, unknown>[] =>
  Array.isArray(r) ? r : r.rows;

describeOnEachDatabase('scorecard summaries on %s', setup => {
  const db = setup.migratedDatabase();

  it('equal the definitions after any sequence of writes through the services', async () => {
    const { knex } = db;
    const store = new DatabaseSummaryStore(knex);
    await fc.assert(
      fc.asyncProperty(runArb, async run => {
        const state = await startSummaryRun(knex, run);
        for (const o of run.ops) await applySummaryOp(state, o);
        const { services, clock, systems, refs, incidents, inCatalog } = state;
        const { scorecards } = services;
        const now = state.now;

        // Before the aging job: stale rows may differ, and only those, and
        // what the API answers is exact all the same.
        const iso = at(now);
        const stale = new Set(await store.stale(iso));
        const before = await store.drift(run.rules, iso);
        expect(before.entities.filter(r => !stale.has(r))).toEqual([]);
        expect(before.owners).toEqual([]);
        expect(before.heatMapTotals).toBe(false);
        const live = async (restrict?: {
          sql: string;
          bindings: Record<string, unknown>;
        }) => {
          const q = liveOrgRollUpQuery(run.rules, clock(), restrict);
          return withChildGroups(
            rowsOf(await knex.raw(q.sql, q.bindings)).map(r =>
              teamScorecardOf(r),
            ),
            await groupEdges(knex),
          );
        };
        expect(await scorecards.byOwner()).toEqual(await live());
        // Each team counts the open incidents of the systems it or its child
        // groups own, serious or not, and the serious ones apart.
        const want = new Map<string, { open: number; serious: number }>();
        for (const s of systems) {
          if (!s.ownerRef || !inCatalog.has(s.entityRef)) continue;
          const open = [...incidents.values()].filter(
            i => i.open && i.entityRef === s.entityRef,
          );
          for (const groupRef of rolledUpTo(s.ownerRef)) {
            const counts = want.get(groupRef) ?? { open: 0, serious: 0 };
            counts.open += open.length;
            counts.serious += open.filter(i => i.serious).length;
            want.set(groupRef, counts);
          }
        }
        const byGroup = (a: { groupRef: string }, b: { groupRef: string }) =>
          a.groupRef < b.groupRef ? -1 : 1;
        expect(
          (await scorecards.byOwner())
            .map(t => ({
              groupRef: t.groupRef,
              open: t.openIncidents,
              serious: t.openSeriousIncidents,
            }))
            .sort(byGroup),
        ).toEqual(
          [...want].map(([groupRef, c]) => ({ groupRef, ...c })).sort(byGroup),
        );
        // The org-wide heat map, read from its totals, is the records' count.
        const everySystem = {
          sql: "g.kind = 'aisystem'",
          bindings: {},
          unrestricted: true,
        };
        expect(await services.overview.heatMap(everySystem)).toEqual(
          await riskHeatMap(knex, everySystem),
        );
        const restrict = {
          sql: 'f.owner_ref IN (:p0) OR f.entity_ref IN (:p1)',
          bindings: { p0: 'group:default/team-b', p1: refs[0] },
        };
        expect(await scorecards.byOwner(restrict)).toEqual(
          await live(restrict),
        );
        for (const ref of refs) {
          const facts = await scorecards.entityFacts(ref);
          const card = await scorecards.entity(ref);
          expect(card).toEqual(
            facts ? scorecardOf(ref, facts.row, run.rules) : undefined,
          );
          expect(card?.level).toBe(
            facts ? scorecardLevel(facts.facts, run.rules).level : undefined,
          );
        }

        // After it, every stored row and owner total is the definitions'.
        await scorecards.refreshAgedSummaries();
        expect(await store.drift(run.rules, iso)).toEqual({
          entities: [],
          owners: [],
          heatMapTotals: false,
        });
      }),
      { numRuns: 40 },
    );
  });
});
