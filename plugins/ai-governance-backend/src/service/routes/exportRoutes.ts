import {
  controlReadPermission,
  riskReadPermission,
} from '@aigov/plugin-ai-governance-common';
import { sendCsv, type CsvCell } from '../csv';
import { scopeOf, type ApiRouter, type RouteContext } from './context';

const RISK_COLUMNS = [
  'AI system',
  'Entity',
  'Risk id',
  'Title',
  'Category',
  'Stage',
  'Likelihood',
  'Impact',
  'Score',
  'Level',
  'Treatment',
  'Treatment plan',
  'Controls',
  'Residual score',
  'Residual level',
  'Owner',
  'Status',
  'Due',
  'Next review',
  'Accepted by',
  'Acceptance expires',
  'Version',
  'Updated at',
  'Updated by',
];

const SOA_COLUMNS = [
  'AI system',
  'Entity',
  'Control',
  'Objective',
  'Title',
  'Applicable',
  'Justification',
  'Status',
  'Owner',
  'Due',
  'Overdue',
  'Evidence',
  'Version',
  'Updated at',
  'Updated by',
];

/** CSV exports an auditor asks for: the risk register and the Statement of Applicability. */
export function exportRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/exports/risk-register.csv', async (req, res) => {
    const scope = await scopeOf(ctx, req, riskReadPermission);
    const risks = await ctx.riskStore.forExport(scope);
    const rows = risks.map((r): CsvCell[] => [
      r.entityTitle,
      r.entityRef,
      r.id,
      r.title,
      r.category,
      r.lifecycleStage,
      r.likelihood,
      r.impact,
      r.score,
      r.level,
      r.treatment,
      r.treatmentPlan,
      r.controlIds.join(' '),
      r.residualScore,
      r.residualLevel,
      r.owner,
      r.status,
      r.dueDate,
      r.nextReviewDate,
      r.acceptance?.approvedBy,
      r.acceptance?.expiresAt,
      r.version,
      r.updatedAt,
      r.updatedBy,
    ]);
    await sendCsv(res, 'risk-register.csv', RISK_COLUMNS, rows);
  });

  router.get('/exports/soa.csv', async (req, res) => {
    const scope = await scopeOf(ctx, req, controlReadPermission);
    const systems = await ctx.entityStore.listInScope(scope);
    async function* rows(): AsyncIterable<CsvCell[]> {
      for (const system of systems) {
        for (const c of await ctx.controls.list(system.entityRef)) {
          yield [
            system.title,
            system.entityRef,
            c.controlId,
            c.objectiveId,
            c.title,
            c.applicable ? 'yes' : 'no',
            c.justification,
            c.status,
            c.owner,
            c.dueDate,
            c.overdue ? 'yes' : 'no',
            c.evidence.map(e => e.title).join('; '),
            c.version,
            c.updatedAt,
            c.updatedBy,
          ];
        }
      }
    }
    await sendCsv(res, 'statement-of-applicability.csv', SOA_COLUMNS, rows());
  });
}
