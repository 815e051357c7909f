import {
  controlReadPermission,
  riskReadPermission,
} from '@aigov/plugin-ai-governance-common';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import { z } from 'zod';
import { OWNED_WITHIN_SQL } from '../../database/ownerScope';
import { sendCsv, type CsvCell } from '../csv';
import { parse } from '../http';
import {
  reader,
  type AnyRequest,
  type ApiRouter,
  type RouteContext,
} from './context';
import { entityRefQuery } from './params';

const exportQuery = z.strictObject({
  entityRef: entityRefQuery.optional(),
  owner: entityRefQuery.optional(),
});

/**
 * What an export covers: one entity (`entityRef`), the systems of a team and
 * its child groups (`owner`), or every AI system the caller may read; always
 * within what the permission allows.
 */
async function exportScope(
  ctx: RouteContext,
  req: AnyRequest,
  permission: ResourcePermission,
) {
  const { entityRef, owner } = parse(exportQuery, req.query, 'query');
  const credentials = await reader(ctx, req);
  if (entityRef) await ctx.entities.resolve(entityRef, credentials, 'read');
  const scope = await ctx.authz.scope(permission, credentials, entityRef);
  if (!owner) return scope;
  return {
    sql: `(${scope.sql}) AND ${OWNED_WITHIN_SQL}`,
    bindings: { ...scope.bindings, owner },
  };
}

const RISK_COLUMNS = [
  'AI system',
  'Entity',
  'Risk id',
  'Title',
  'Description',
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
  'Accepted at',
  'Acceptance expires',
  'Acceptance note',
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
  'Evidence URLs',
  'Version',
  'Updated at',
  'Updated by',
];

/**
 * Where each evidence item can be opened: its URL, or for an uploaded file
 * the API path that serves it.
 */
async function evidenceUrls(ctx: RouteContext, ids: string[]) {
  const items = await ctx.evidence.getMany([...new Set(ids)]);
  return new Map(
    items.map(e => [
      e.id,
      e.url ??
        (e.file
          ? `/api/ai-governance/evidence/${encodeURIComponent(e.id)}/content`
          : undefined),
    ]),
  );
}

/** CSV exports an auditor asks for: the risk register and the Statement of Applicability. */
export function exportRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/exports/risk-register.csv', async (req, res) => {
    const scope = await exportScope(ctx, req, riskReadPermission);
    const risks = await ctx.riskStore.forExport(scope);
    const rows = risks.map((r): CsvCell[] => [
      r.entityTitle,
      r.entityRef,
      r.id,
      r.title,
      r.description,
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
      r.acceptance?.approvedAt,
      r.acceptance?.expiresAt,
      r.acceptance?.note,
      r.version,
      r.updatedAt,
      r.updatedBy,
    ]);
    await sendCsv(res, 'risk-register.csv', RISK_COLUMNS, rows);
  });

  router.get('/exports/soa.csv', async (req, res) => {
    const scope = await exportScope(ctx, req, controlReadPermission);
    const systems = await ctx.entityStore.listInScope(scope);
    async function* rows(): AsyncIterable<CsvCell[]> {
      for (const system of systems) {
        const controls = await ctx.controls.list(system.entityRef);
        const urls = await evidenceUrls(
          ctx,
          controls.flatMap(c => c.evidence.map(e => e.id)),
        );
        for (const c of controls) {
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
            // One cell, one URL a line: a spreadsheet shows them stacked.
            c.evidence
              .map(e => urls.get(e.id))
              .filter(Boolean)
              .join('\n'),
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
