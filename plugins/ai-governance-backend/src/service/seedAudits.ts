import {
  auditCreateSchema,
  auditFindingCreateSchema,
  type AuditCreate,
  type AuditFindingCreate,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { Independence } from './auditIndependence';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

/** An audit of a seed file: the API's create body, how far it got, and its findings. */
const seedAuditSchema = z
  .object({
    status: z.enum(['planned', 'in-progress', 'completed']).default('planned'),
    findings: z.array(z.object({ kind: z.string() }).passthrough()).default([]),
  })
  .passthrough();

/** The audits part of a seed file's management system. */
export const seedAuditsSchema = z.array(seedAuditSchema).default([]);

/** A seed file's audit, checked. */
export interface AuditPlan {
  status: 'planned' | 'in-progress' | 'completed';
  input: z.output<typeof auditCreateSchema>;
  findings: Array<{
    input: z.output<typeof auditFindingCreateSchema>;
    /** The `sourceId` of a nonconformity the seed records on the same system, linked instead of a new one. */
    nonconformity?: string;
  }>;
}

/** Checks each audit and finding with the API's schemas; `year` defaults to the planned start's. */
export function planAudits(
  audits: z.output<typeof seedAuditsSchema>,
  where: string,
): AuditPlan[] {
  return audits.map((audit, i) => {
    const { status, findings, ...rest } = audit;
    const body = rest as Partial<AuditCreate>;
    const input = check(
      auditCreateSchema,
      {
        ...body,
        year: body.year ?? Number(String(body.plannedStart).slice(0, 4)),
      },
      `${where} audits[${i}]`,
    );
    return {
      status,
      input,
      findings: findings.map(({ nonconformity, ...f }, j) => ({
        input: check(
          auditFindingCreateSchema,
          f as AuditFindingCreate,
          `${where} audits[${i}].findings[${j}]`,
        ),
        ...(typeof nonconformity === 'string' ? { nonconformity } : {}),
      })),
    };
  });
}

/**
 * Records the audits of the programme the portal has not got yet (by year
 * and title), through the same service as the API: planned, started,
 * findings added, completed with the summary as its conclusion. An audit of
 * a system the catalog has not got yet is left for a later run.
 * Independence is checked against the owners of the catalog snapshot; the
 * seed's auditors are of the governance office, which owns no AI system.
 */
export async function seedAudits(
  services: GovernanceServices,
  actor: string,
  plans: AuditPlan[],
): Promise<void> {
  for (const plan of plans) {
    const existing = await services.audits.list({ year: plan.input.year });
    if (existing.some(a => a.title === plan.input.title)) continue;
    const ownerOf = new Map<string, string | null>();
    for (const ref of plan.input.scope.systems) {
      const known = await services.entityStore.getEntity(ref);
      if (known) ownerOf.set(ref, known.ownerRef);
    }
    if (ownerOf.size < plan.input.scope.systems.length) continue;
    const independence: Independence = { ownerOf, teamsOf: new Map() };
    let audit = await services.audits.create(plan.input, independence, actor);
    if (plan.status === 'planned') continue;
    audit = await services.audits.update(
      audit.id,
      audit.version,
      { status: 'in-progress' },
      independence,
      actor,
    );
    for (const finding of plan.findings) {
      const linked = finding.nonconformity
        ? await linkedNonconformity(
            services,
            finding.input.entityRef,
            finding.nonconformity,
          )
        : undefined;
      audit = await services.audits.addFinding(audit.id, finding.input, actor, {
        nonconformityId: linked,
      });
    }
    if (plan.status === 'completed') {
      await services.audits.update(
        audit.id,
        audit.version,
        { status: 'completed' },
        independence,
        actor,
      );
    }
  }
}

/** The id of the nonconformity on `entityRef` whose sourceId is `sourceId`. */
async function linkedNonconformity(
  services: GovernanceServices,
  entityRef: string | null | undefined,
  sourceId: string,
): Promise<string | undefined> {
  if (!entityRef) return undefined;
  const page = await services.nonconformities.listForEntity(entityRef, {
    limit: 200,
  });
  return page.items.find(n => n.sourceId === sourceId)?.id;
}
