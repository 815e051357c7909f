import type {
  AimsMeasure,
  MeasureValue,
} from '@aigov/plugin-ai-governance-common';
import type { MeasureStore } from '../../database/MeasureStore';
import type { Scorecards } from '../../database/scorecards';
import type { AimsClauseService } from '../AimsClauseService';
import type { AimsScopeService } from '../AimsScopeService';
import type { TrainingService } from '../TrainingService';

/*
 * The registry of the measures an objective's KPI is bound to: one entry per
 * id of AIMS_MEASURES (-common, where each is labelled and described), each
 * computing the value now from the records through the stores and services
 * that already count them. A new measure is its id in AIMS_MEASURES, its
 * description in AIMS_MEASURE_INFO and one entry here (and, if it needs a
 * source not yet listed, a member of MeasureContext).
 */

/** What the measures are computed from. */
export interface MeasureContext {
  measures: MeasureStore;
  scorecards: Pick<Scorecards, 'entity'>;
  aimsClauses: Pick<AimsClauseService, 'list'>;
  training: Pick<TrainingService, 'coverage'>;
  /** The AIMS scope; without it, every AiSystem not `experimental` is in scope. */
  scope?: Pick<AimsScopeService, 'systemsInScope'>;
  /** Today, YYYY-MM-DD (UTC). */
  today: string;
}

/** Computes a measure's value now. */
export type MeasureCompute = (ctx: MeasureContext) => Promise<MeasureValue>;

/** A percentage to one decimal. */
const percent = (part: number, whole: number) =>
  Math.round((part / whole) * 1000) / 10;

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/** Every measure by id. */
export const MEASURES: Record<AimsMeasure, MeasureCompute> = {
  'high-tier-silver-or-above': async ctx => {
    const refs = ctx.scope
      ? (await ctx.scope.systemsInScope())
          .filter(s => s.tier === 'high' || s.tier === 'prohibited')
          .map(s => s.entityRef.toLocaleLowerCase('en-US'))
      : await ctx.measures.highTierSystems();
    if (refs.length === 0) {
      return { value: null, detail: 'No high-tier AI system is in scope' };
    }
    let atSilver = 0;
    // Few systems are high-tier; each scorecard is read from its summary.
    for (const ref of refs) {
      const level = (await ctx.scorecards.entity(ref))?.level;
      if (level === 'silver' || level === 'gold') atSilver++;
    }
    return {
      value: percent(atSilver, refs.length),
      detail: `${atSilver} of ${plural(
        refs.length,
        'high-tier AI system',
      )} in scope at silver or above`,
    };
  },
  'open-critical-risks': async ctx => {
    const n = await ctx.measures.openCriticalRisks();
    return { value: n, detail: `${plural(n, 'open critical risk')}` };
  },
  'overdue-tasks': async ctx => {
    const n = await ctx.measures.overdueTasks(ctx.today);
    return { value: n, detail: `${plural(n, 'open task')} past the due date` };
  },
  'open-nonconformities': async ctx => {
    const n = await ctx.measures.openNonconformities();
    return {
      value: n,
      detail: `${plural(n, 'nonconformity', 'nonconformities')} not closed`,
    };
  },
  'clause-readiness': async ctx => {
    const { overall } = (await ctx.aimsClauses.list()).readiness;
    return {
      value: Math.round(overall.readiness * 1000) / 10,
      detail: `${overall.implemented} implemented and ${overall.partial} partial of ${overall.counted} clauses`,
    };
  },
  'training-coverage': async ctx => {
    const { total } = await ctx.training.coverage();
    if (total.members === 0) {
      return { value: null, detail: 'The catalog lists no people' };
    }
    return {
      value: percent(total.covered, total.members),
      detail: `${total.covered} of ${plural(
        total.members,
        'person',
        'people',
      )} hold every course they need, unexpired`,
    };
  },
};

/** Computes `measure` now. */
export function computeMeasure(
  measure: AimsMeasure,
  ctx: MeasureContext,
): Promise<MeasureValue> {
  return MEASURES[measure](ctx);
}
