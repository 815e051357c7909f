import {
  DEFAULT_RISK_MATRIX,
  INCIDENT_TRANSITIONS,
} from '@aigov/plugin-ai-governance-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import type { EntitySnapshot } from '../database/EntityStore';
import { createGovernanceServices } from '../service/services';
import {
  ALICE,
  BASE,
  BOB,
  DAY,
  GROUPS,
  type SummaryOp,
  type SummaryRun,
} from './summaryRuns';

/*
 * Plays the operations of a generated run (see summaryRuns.ts) through the
 * real services, for the summaries property test. The run state keeps
 * what the test holds the summaries to besides the records: each
 * incident's system and whether it is serious and still open, and the
 * systems the catalog holds.
 */

/** A run in progress: its services, clock, systems and what it has made. */
export interface SummaryRunState {
  knex: Knex;
  services: ReturnType<typeof createGovernanceServices>;
  /** The run's clock (ms); it moves between writes only. */
  now: number;
  clock: () => Date;
  systems: EntitySnapshot[];
  refs: string[];
  risks: Array<{ id: string; version: number }>;
  evidence: string[];
  incidents: Map<
    string,
    { entityRef: string; serious: boolean; open: boolean }
  >;
  inCatalog: Set<string>;
}

/** An ISO 8601 timestamp of `ms`. */
export const at = (ms: number) => new Date(ms).toISOString();
const dateIn = (now: number, days: number) => at(now + days * DAY).slice(0, 10);
const pick = <T>(list: T[], i: number) =>
  list.length ? list[i % list.length] : undefined;

/**
 * Starts a run on `knex`: services under the run's rules at {@link BASE},
 * the group tree, summaries rebuilt under those rules, and the run's systems.
 */
export async function startSummaryRun(
  knex: Knex,
  run: SummaryRun,
): Promise<SummaryRunState> {
  const state = { now: BASE } as SummaryRunState;
  state.knex = knex;
  state.clock = () => new Date(state.now);
  state.services = createGovernanceServices({
    knex,
    riskMatrix: DEFAULT_RISK_MATRIX,
    rules: run.rules,
    clock: state.clock,
    // Due the next day, so the clock's steps make tasks overdue.
    revalidationDueDays: 1,
  });
  const { scorecards, entityStore } = state.services;
  await entityStore.replaceCatalogSnapshot([], GROUPS);
  // Under this run's rules from here on: writes keep the summaries.
  await scorecards.rebuildSummaries();
  state.systems = run.systems.map((s, i) => ({
    entityRef: `aisystem:default/s${i}-${randomUUID()}`,
    kind: 'aisystem',
    title: `System ${i}`,
    ownerRef: s.owner,
    riskTier: s.tier,
    purpose: 'A purpose',
    lifecycle: 'production',
  }));
  for (const s of state.systems) await entityStore.upsertEntity(s);
  state.refs = state.systems.map(s => s.entityRef);
  state.risks = [];
  state.evidence = [];
  state.incidents = new Map();
  state.inCatalog = new Set(state.refs);
  return state;
}

const attempt = async (write: () => Promise<unknown>) => {
  // Refused writes (accepting a closed risk, uploading twice) roll
  // back, summaries included.
  await write().catch(e => {
    if (!/Error$/.test(String(e?.name))) throw e;
  });
};

/** Applies one operation of the run; operations on records the run has none of do nothing. */
export async function applySummaryOp(state: SummaryRunState, o: SummaryOp) {
  const { knex, services, systems, refs, risks, evidence, incidents } = state;
  const { scorecards, entityStore } = services;
  // The moment of this write (the clock moves between writes only).
  const t = state.now;
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
          nextReviewDate: o.review === null ? null : dateIn(t, o.review),
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
          nextReviewDate: o.review === null ? null : dateIn(t, o.review),
        },
        ALICE,
      );
      risks.push({ id: r.id, version: r.version });
    });
  } else if (o.op === 'decide') {
    const risk = pick(risks, o.risk);
    if (!risk) return;
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
    if (!risk) return;
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
                nextReviewDate: o.review === null ? null : dateIn(t, o.review),
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
            o.expiresHours === null ? null : at(t + o.expiresHours * 3_600_000),
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
      await attempt(() => services.evidence.upload(id, Buffer.from(id), ALICE));
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
    state.inCatalog.add(s.entityRef);
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
    const open = knex('tasks').where('status', 'open').orderBy('row_id');
    const task = pick(await open.whereIn('entity_ref', refs), o.task);
    if (!task) return;
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
    if (!row) return;
    const nc = await services.nonconformities.get(row.id);
    const i = nc.correctiveActions.findIndex(a => a.status !== 'done');
    if (i < 0) return;
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
    incidents.set(created.id, { entityRef, serious: o.serious, open: true });
  } else if (o.op === 'incidentStep') {
    // One step along the status rules, or a rejection: closing or
    // rejecting a serious incident lifts its cap.
    const rows = await knex('incidents')
      .whereIn('entity_ref', refs)
      .whereNotIn('status', ['closed', 'rejected'])
      .orderBy('row_id');
    const row = pick(rows, o.incident);
    if (!row) return;
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
    state.inCatalog = new Set(kept.map(s => s.entityRef));
  } else if (o.op === 'clock') {
    state.now += o.hours * 3_600_000;
  } else {
    await scorecards.refreshAgedSummaries();
  }
}
