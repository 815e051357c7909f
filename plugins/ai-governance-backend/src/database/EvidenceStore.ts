import type { Knex } from 'knex';
import type { Evidence } from '@aigov/plugin-ai-governance-common';
import { evidenceFromRow, type EvidenceRow } from './rows';
import type { StorePage } from './RiskStore';
import { createdColumns, pageOfEntity } from './rowMeta';

/** A new evidence item's stored fields. */
export interface EvidenceValues {
  id: string;
  entityRef: string;
  title: string;
  kind: Evidence['kind'];
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  collectedAt: string;
  expiresAt: string | null;
  controlIds: string[];
  riskIds: string[];
}

/** Evidence items, their links to controls and risks, and uploaded files by hash. */
export interface EvidenceStore {
  list(
    entityRef: string,
    page: { before?: number; limit: number },
    now: string,
  ): Promise<StorePage<Evidence>>;
  get(
    id: string,
    now: string,
    tx?: Knex.Transaction,
  ): Promise<Evidence | undefined>;
  insert(
    tx: Knex.Transaction,
    values: EvidenceValues,
    actor: string,
    now: string,
  ): Promise<Evidence>;
  /** Stores a file's bytes once per hash and points the evidence at them. */
  attachFile(
    tx: Knex.Transaction,
    id: string,
    file: { sha256: string; content: Buffer },
    nextVersion: number,
    actor: string,
    now: string,
  ): Promise<Evidence>;
  /** The stored bytes of a hash, if any. */
  readBlob(sha256: string): Promise<Buffer | undefined>;
  /** Evidence items by id, as `get` reads them (missing ids left out). */
  getMany(ids: string[], now: string): Promise<Evidence[]>;
}

/** The {@link EvidenceStore} on the plugin's database. */
export class DatabaseEvidenceStore implements EvidenceStore {
  constructor(private readonly db: Knex) {}

  private async links(ids: string[], db: Knex) {
    const rows = ids.length
      ? await db('evidence_links').whereIn('evidence_id', ids)
      : [];
    const of = (id: string, type: string) =>
      rows
        .filter(r => r.evidence_id === id && r.target_type === type)
        .map(r => r.target_id)
        .sort();
    return (id: string) => ({
      controlIds: of(id, 'control'),
      riskIds: of(id, 'risk'),
    });
  }

  async list(
    entityRef: string,
    page: { before?: number; limit: number },
    now: string,
  ) {
    const { rows, last } = await pageOfEntity<EvidenceRow>(
      this.db,
      'evidence',
      entityRef,
      page,
    );
    const links = await this.links(
      rows.map(r => r.id),
      this.db,
    );
    return {
      items: rows.map(r => evidenceFromRow(r, links(r.id), now)),
      last,
    };
  }

  async getMany(ids: string[], now: string) {
    if (ids.length === 0) return [];
    const rows = await this.db<EvidenceRow>('evidence').whereIn('id', ids);
    const links = await this.links(
      rows.map(r => r.id),
      this.db,
    );
    return rows.map(r => evidenceFromRow(r, links(r.id), now));
  }

  async get(id: string, now: string, tx: Knex = this.db) {
    const row = await tx<EvidenceRow>('evidence').where('id', id).first();
    if (!row) return undefined;
    return evidenceFromRow(row, (await this.links([id], tx))(id), now);
  }

  async insert(
    tx: Knex.Transaction,
    values: EvidenceValues,
    actor: string,
    now: string,
  ) {
    await tx('evidence').insert({
      id: values.id,
      entity_ref: values.entityRef,
      title: values.title,
      kind: values.kind,
      url: values.url,
      file_name: values.fileName,
      media_type: values.mediaType,
      size: null,
      sha256: null,
      collected_at: values.collectedAt,
      expires_at: values.expiresAt,
      ...createdColumns(actor, now),
    });
    const links = [
      ...values.controlIds.map(c => ({ target_type: 'control', target_id: c })),
      ...values.riskIds.map(r => ({ target_type: 'risk', target_id: r })),
    ].map(l => ({
      ...l,
      evidence_id: values.id,
      entity_ref: values.entityRef,
    }));
    if (links.length) await tx('evidence_links').insert(links);
    return (await this.get(values.id, now, tx))!;
  }

  async attachFile(
    tx: Knex.Transaction,
    id: string,
    file: { sha256: string; content: Buffer },
    nextVersion: number,
    actor: string,
    now: string,
  ) {
    const blob = await tx('evidence_blobs')
      .where('sha256', file.sha256)
      .first('sha256');
    if (!blob) {
      await tx('evidence_blobs').insert({
        sha256: file.sha256,
        size: file.content.length,
        content: file.content,
        created_at: now,
      });
    }
    await tx('evidence').where({ id }).update({
      sha256: file.sha256,
      size: file.content.length,
      version: nextVersion,
      updated_at: now,
      updated_by: actor,
    });
    return (await this.get(id, now, tx))!;
  }

  async readBlob(sha256: string) {
    const blob = await this.db('evidence_blobs')
      .where('sha256', sha256)
      .first();
    if (!blob) return undefined;
    return Buffer.isBuffer(blob.content)
      ? blob.content
      : Buffer.from(blob.content);
  }
}
