import {
  ANNEX_A_CONTROL_IDS,
  DEFAULT_RISK_MATRIX,
  INCIDENT_TRANSITIONS,
  RISK_LEVELS,
  scorecardLevel,
  type RiskLevel,
} from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { createGovernanceServices } from '../service/services';
import { riskHeatMap } from './overview';
import {
  groupEdges,
  liveOrgRollUpQuery,
  scorecardOf,
  teamScorecardOf,
  withChildGroups,
} from './scorecards';
import { DatabaseSummaryStore } from './SummaryStore';
import type { EntitySnapshot } from './EntityStore';

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
 * counts are also held to a model the test keeps of the incidents it
 * opened, moved and rejected and of the systems the catalog holds.
 */

const BASE = Date.parse('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const OWNERS = [
  'group:default/org',
  'group:default/team-a',
  'group:default/team-b',
  'user:default/carol',
  null,
];
const GROUPS = [
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

const opArb = fc.oneof(
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

const runArb = fc.record({
  systems: fc.array(
    fc.record({
      owner: fc.constantFrom(...OWNERS),
      tier: fc.constantFrom(null, 'limited', 'high'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  ops: fc.array(opArb, { minLength: 1, maxLength: 25 }),
  rules: fc.record({
    riskAppetite: fc.constantFrom<RiskLevel>(...RISK_LEVELS),
    silverMinCompliance: fc.constantFrom(0.5, 0.8),
    goldMinCompliance: fc.constantFrom(0.95, 1),
  }),
});

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

const at = (ms: number) => new Date(ms).toISOString();
const dateIn = (now: number, days: number) => at(now + days * DAY).slice(0, 10);
const pick = <T>(list: T[], i: number) =>
  list.length ? list[i % list.length] : undefined;
const rowsOf = (r: any): Record<string, unknown>[] =>
  Array.isArray(r) ? r : r.rows;

describeOnEachDatabase('scorecard summaries on %s', setup => {
  const db = setup.migratedDatabase();

  it('equal the definitions after any sequence of writes through the services', async () => {
    const { knex } = db;
    const store = new DatabaseSummaryStore(knex);
    await fc.assert(
      fc.asyncProperty(runArb, async run => {
        let now = BASE;
        const clock = () => new Date(now);
        const services = createGovernanceServices({
          knex,
          riskMatrix: DEFAULT_RISK_MATRIX,
          rules: run.rules,
          clock,
          // Due the next day, so the clock's steps make tasks overdue.
          revalidationDueDays: 1,
        });
        const { scorecards, entityStore } = services;
        await entityStore.replaceCatalogSnapshot([], GROUPS);
        // Under this run's rules from here on: writes keep the summaries.
        await scorecards.rebuildSummaries();
        const systems: EntitySnapshot[] = run.systems.map((s, i) => ({
          entityRef: `aisystem:default/s${i}-${randomUUID()}`,
          kind: 'aisystem',
          title: `System ${i}`,
          ownerRef: s.owner,
          riskTier: s.tier,
          purpose: 'A purpose',
          lifecycle: 'production',
        }));
        for (const s of systems) await entityStore.upsertEntity(s);
        const refs = systems.map(s => s.entityRef);
        const risks: Array<{ id: string; version: number }> = [];
        const evidence: string[] = [];
        // The model of the teams' incident counts: each incident's system,
        // whether it is serious and still open, and the systems in the catalog.
        const incidents = new Map<
          string,
          { entityRef: string; serious: boolean; open: boolean }
        >();
        let inCatalog = new Set(refs);
        const attempt = async (write: () => Promise<unknown>) => {
          // Refused writes (accepting a closed risk, uploading twice) roll
          // back, summaries included.
          await write().catch(e => {
            if (!/Error$/.test(String(e?.name))) throw e;
          });
        };

        for (const o of run.ops) {
          // The moment of this write (the clock moves between writes only).
          const t = now;
          const entityRef = pick(refs, 'entity' in o ? o.entity : 0)!;
          if (o.op === 'risk') {
            await attempt(async () => {
              const r = await services.risks.create(
                entityRef,
                {
                  title: 'r',
                  category: 'c',
                  lifecycleStage: 'operation',
                  likelihood: o.likelihood,
                  impact: o.impact,
                  residualLikelihood: o.residual,
                  residualImpact: o.residual,
                  status: o.status,
                  treatment: o.treatment as 'mitigate',
                  treatmentPlan: o.plan,
                  dueDate: o.due === null ? null : dateIn(t, o.due),
                  nextReviewDate:
                    o.review === null ? null : dateIn(t, o.review),
                },
                ALICE,
              );
              risks.push({ id: r.id, version: r.version });
            });
          } else if (o.op === 'proposedRisk') {
            await attempt(async () => {
              const r = await services.risks.create(
                entityRef,
                {
                  title: 'proposed',
                  category: 'c',
                  lifecycleStage: 'operation',
                  likelihood: o.likelihood,
                  impact: o.impact,
                  status: 'proposed',
                  treatment: 'mitigate',
                  dueDate: dateIn(t, -1),
                  nextReviewDate:
                    o.review === null ? null : dateIn(t, o.review),
                },
                ALICE,
              );
              risks.push({ id: r.id, version: r.version });
            });
          } else if (o.op === 'decide') {
            const risk = pick(risks, o.risk);
            if (!risk) continue;
            await attempt(async () => {
              const owner = (await services.risks.get(risk.id)).entityRef;
              const [r] = await services.risks.decide(
                owner,
                { ids: [risk.id], decision: o.decision, reason: 'not ours' },
                ALICE,
              );
              risk.version = r.version;
            });
          } else if (o.op === 'riskUpdate' || o.op === 'accept') {
            const risk = pick(risks, o.risk);
            if (!risk) continue;
            await attempt(async () => {
              const r =
                o.op === 'accept'
                  ? await services.risks.accept(
                      risk.id,
                      risk.version,
                      dateIn(t, o.days),
                      BOB,
                    )
                  : await services.risks.update(
                      risk.id,
                      risk.version,
                      {
                        status: o.status,
                        treatment: o.treatment as 'mitigate',
                        nextReviewDate:
                          o.review === null ? null : dateIn(t, o.review),
                      },
                      ALICE,
                    );
              risk.version = r.version;
            });
          } else if (o.op === 'control') {
            await attempt(async () => {
              const current = await services.controls
                .get(entityRef, o.controlId)
                .catch(() => undefined);
              await services.controls.put(
                entityRef,
                o.controlId,
                current?.version || undefined,
                {
                  applicable: o.applicable,
                  justification: o.applicable ? null : 'Not relevant',
                  status: o.status as 'planned',
                  dueDate: o.due === null ? null : dateIn(t, o.due),
                },
                ALICE,
              );
            });
          } else if (o.op === 'evidence') {
            await attempt(async () => {
              const e = await services.evidence.create(
                entityRef,
                {
                  title: 'e',
                  kind: 'report',
                  ...(o.file
                    ? { fileName: 'e.pdf' }
                    : { url: 'https://example.com/e' }),
                  collectedAt: at(t - DAY),
                  expiresAt:
                    o.expiresHours === null
                      ? null
                      : at(t + o.expiresHours * 3_600_000),
                  controlIds: o.controlIds,
                  riskIds: [],
                },
                ALICE,
              );
              evidence.push(e.id);
            });
          } else if (o.op === 'upload') {
            const id = pick(evidence, o.evidence);
            if (id) {
              await attempt(() =>
                services.evidence.upload(id, Buffer.from(id), ALICE),
              );
            }
          } else if (o.op === 'assessment') {
            await attempt(async () => {
              const a = await services.assessments.create(
                entityRef,
                { type: o.type as 'risk', answers: {} },
                ALICE,
              );
              const inReview = await services.assessments.update(
                a.id,
                a.version,
                { status: 'in-review' },
                ALICE,
              );
              if (o.approve) {
                await services.assessments.approve(a.id, inReview.version, BOB);
              }
            });
          } else if (o.op === 'catalog') {
            const s = systems[o.entity % systems.length];
            Object.assign(s, {
              ownerRef: o.owner,
              riskTier: o.tier,
              purpose: o.purpose,
            });
            await entityStore.upsertEntity(s);
            inCatalog.add(s.entityRef);
          } else if (o.op === 'change') {
            // A material change opens (or relinks) a revalidation and a reassessment.
            await services.work.run(scope =>
              services.tasks.openForChange(
                scope,
                entityRef,
                randomUUID(),
                null,
                'catalog',
              ),
            );
          } else if (o.op === 'closeTask') {
            const open = knex('tasks')
              .where('status', 'open')
              .orderBy('row_id');
            const task = pick(await open.whereIn('entity_ref', refs), o.task);
            if (!task) continue;
            const { id, version } = task;
            const done = { outcome: 'Revalidated', evidenceIds: [] };
            await (o.dismiss
              ? services.tasks.dismiss(id, version, 'Covered', BOB)
              : services.tasks.complete(id, version, done, BOB));
          } else if (o.op === 'nonconformity') {
            await services.nonconformities.create(
              {
                entityRef,
                source: 'monitoring',
                description: 'Drift',
                correctiveActions: o.dues.map(d => ({
                  description: 'Retrain',
                  owner: 'group:default/team-a',
                  dueDate: dateIn(t, d),
                  status: 'planned' as const,
                  evidenceIds: [],
                })),
              },
              ALICE,
            );
          } else if (o.op === 'actionDone') {
            // One more of its corrective actions done: overdue no more.
            const rows = await knex('nonconformities')
              .whereIn('entity_ref', refs)
              .orderBy('row_id');
            const row = pick(rows, o.nonconformity);
            if (!row) continue;
            const nc = await services.nonconformities.get(row.id);
            const i = nc.correctiveActions.findIndex(a => a.status !== 'done');
            if (i < 0) continue;
            const actions = nc.correctiveActions.map((a, j) =>
              j === i ? { ...a, status: 'done' as const } : a,
            );
            await services.nonconformities.update(
              nc.id,
              nc.version,
              { correctiveActions: actions },
              BOB,
            );
          } else if (o.op === 'incident') {
            const created = await services.incidents.create(
              entityRef,
              {
                title: 'Wrong answers',
                description: '',
                detectedAt: at(t),
                awareAt: at(t),
                severity: 'high',
                harmCategories: [],
                affectedPeople: { count: null, groups: [] },
                containment: null,
                rootCause: null,
                controlIds: [],
                serious: o.serious,
                seriousCategory: o.serious ? 'other-serious-harm' : null,
              },
              ALICE,
            );
            incidents.set(created.id, {
              entityRef,
              serious: o.serious,
              open: true,
            });
          } else if (o.op === 'incidentStep') {
            // One step along the status rules, or a rejection: closing or
            // rejecting a serious incident lifts its cap.
            const rows = await knex('incidents')
              .whereIn('entity_ref', refs)
              .whereNotIn('status', ['closed', 'rejected'])
              .orderBy('row_id');
            const row = pick(rows, o.incident);
            if (!row) continue;
            const incident = await services.incidents.get(row.id);
            const next = INCIDENT_TRANSITIONS[incident.status][0];
            await services.incidents.update(
              incident.id,
              incident.version,
              o.reject
                ? { status: 'rejected', rejectionReason: 'Not an incident' }
                : { status: next },
              BOB,
            );
            const status = o.reject ? 'rejected' : next;
            incidents.get(incident.id)!.open =
              status !== 'closed' && status !== 'rejected';
          } else if (o.op === 'sync') {
            // The catalog drops the last system (or keeps them all).
            const kept = o.keep ? systems : systems.slice(0, -1);
            await entityStore.replaceCatalogSnapshot(kept, GROUPS);
            inCatalog = new Set(kept.map(s => s.entityRef));
          } else if (o.op === 'clock') {
            now += o.hours * 3_600_000;
          } else {
            await scorecards.refreshAgedSummaries();
          }
        }

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
