import type { Knex } from 'knex';

/** What an onboarding request created, kept so a retry finds it. */
export interface BaselineRecord {
  entityRef: string;
  requestId: string;
  createdAt: string;
  createdBy: string;
  assessmentId: string;
  riskIds: string[];
  controlIds: string[];
}

/** Onboarding requests per AI system (one each). */
export interface BaselineStore {
  get(
    tx: Knex.Transaction,
    entityRef: string,
  ): Promise<BaselineRecord | undefined>;
  insert(tx: Knex.Transaction, baseline: BaselineRecord): Promise<void>;
}

/** The {@link BaselineStore} on the plugin's database. */
export class DatabaseBaselineStore implements BaselineStore {
  async get(tx: Knex.Transaction, entityRef: string) {
    const row = await tx('baselines').where('entity_ref', entityRef).first();
    if (!row) return undefined;
    const ids = JSON.parse(row.record_ids);
    return {
      entityRef: row.entity_ref,
      requestId: row.request_id,
      createdAt: row.created_at,
      createdBy: row.created_by,
      assessmentId: ids.assessmentId,
      riskIds: ids.riskIds,
      controlIds: ids.controlIds,
    };
  }

  async insert(tx: Knex.Transaction, baseline: BaselineRecord) {
    await tx('baselines').insert({
      entity_ref: baseline.entityRef,
      request_id: baseline.requestId,
      created_at: baseline.createdAt,
      created_by: baseline.createdBy,
      record_ids: JSON.stringify({
        assessmentId: baseline.assessmentId,
        riskIds: baseline.riskIds,
        controlIds: baseline.controlIds,
      }),
    });
  }
}
