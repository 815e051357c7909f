import type { Knex } from 'knex';

/** An AiSystem as the service's catalog snapshot (governed_entities) has it. */
export interface SnapshotAiSystem {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  riskTier: string | null;
  lifecycle: string | null;
}

/** Every AiSystem of the snapshot, in ref order. */
export async function listSnapshotAiSystems(
  db: Knex,
): Promise<SnapshotAiSystem[]> {
  const rows = await db('governed_entities')
    .where('kind', 'aisystem')
    .orderBy('entity_ref')
    .select('entity_ref', 'title', 'owner_ref', 'risk_tier', 'lifecycle');
  return rows.map(r => ({
    entityRef: r.entity_ref,
    title: r.title ?? null,
    ownerRef: r.owner_ref ?? null,
    riskTier: r.risk_tier ?? null,
    lifecycle: r.lifecycle ?? null,
  }));
}
