import { randomUUID, createHash } from 'node:crypto';
import type { Knex } from 'knex';
import {
  type DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  ANNEX_A_CONTROLS,
  getAnnexAControl,
  riskLevel,
  riskScore,
  type Assessment,
  type BaselineResult,
  type AssessmentCreate,
  type AssessmentPatch,
  type ControlPut,
  type EntityControl,
  type Evidence,
  type EvidenceCreate,
  type HistoryEvent,
  type Risk,
  type RiskCreate,
  type RiskMatrix,
  type RiskPatch,
} from '@aigov/plugin-ai-governance-common';
import {
  EvidenceIntegrityError,
  FieldValidationError,
  PreconditionFailedError,
  PreconditionRequiredError,
} from '../errors';
import {
  appendHistory,
  listHistory,
  verifyHistory,
  type HistoryEntry,
} from './history';
import {
  assessmentFromRow,
  evidenceFromRow,
  riskFromRow,
  truthy,
  type AssessmentRow,
  type ControlRow,
  type EvidenceRow,
  type RiskRow,
} from './rows';

const migrationsDir = resolvePackagePath(
  '@aigov/plugin-ai-governance-backend',
  'migrations',
);

/** Serialises writers on PostgreSQL so the history chain stays linear. */
const WRITE_LOCK_ID = 4_242_001;

/** Restricts a query to the entities a caller may see (permission conditions as SQL). */
export type EntityRestriction = (
  qb: Knex.QueryBuilder,
  entityRefColumn: string,
) => void;

/** A catalog entity as the scorecards and permission rules need it. */
export interface EntitySnapshot {
  entityRef: string;
  kind: string;
  title: string | null;
  ownerRef: string | null;
  riskTier: string | null;
  purpose: string | null;
  lifecycle: string | null;
}

/** The clock, injectable for tests. */
export type Clock = () => Date;

/** A new risk, defaults applied. */
type NewRisk = RiskCreate & { treatment: Risk['treatment']; status: string };
/** A Statement of Applicability row to write, defaults applied. */
type NewControl = ControlPut & { status: EntityControl['status'] };
/** Appends a history event inside the running transaction. */
type Recorder = (entry: HistoryEntry) => Promise<HistoryEvent>;

/** The initial records of an AI system, written together. */
export interface BaselineInput {
  assessment: AssessmentCreate;
  risks: NewRisk[];
  controls: Array<NewControl & { controlId: string }>;
}

const controlValues = (input: NewControl) => ({
  applicable: input.applicable,
  justification: input.justification ?? null,
  status: input.status,
  owner_ref: input.owner ?? null,
  due_date: input.dueDate ?? null,
});

type Cursor = { before: number; limit: number };

/** Encodes the keyset cursor of a page. */
export function encodeCursor(rowId: number): string {
  return Buffer.from(`r${rowId}`).toString('base64url');
}

/** Decodes a cursor; a malformed one is a 400 naming the parameter. */
export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^r(\d{1,15})$/.exec(text);
  if (!match) throw new InputError('cursor is not a cursor this API returned');
  return Number(match[1]);
}

/**
 * The governance records: risks, control statuses, evidence, assessments and
 * their hash-chained history, on SQLite or PostgreSQL.
 */
export class GovernanceDatabase {
  static async create(options: {
    database: DatabaseService;
    riskMatrix: RiskMatrix;
    clock?: Clock;
    skipMigrations?: boolean;
  }): Promise<GovernanceDatabase> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new GovernanceDatabase(
      client,
      options.riskMatrix,
      options.clock ?? (() => new Date()),
    );
  }

  constructor(
    readonly db: Knex,
    private readonly riskMatrix: RiskMatrix,
    private readonly clock: Clock,
  ) {}

  /** Now as stored: UTC ISO 8601. */
  now(): string {
    return this.clock().toISOString();
  }

  /** Today's date, YYYY-MM-DD (UTC). */
  today(): string {
    return this.now().slice(0, 10);
  }

  private isPostgres() {
    return this.db.client.config.client === 'pg';
  }

  /**
   * Runs a change and its history event in one transaction. On PostgreSQL an
   * advisory lock serialises writers, so sequence numbers are contiguous and
   * every event links to the one before; SQLite has one writer anyway.
   */
  private async write<T>(
    fn: (
      trx: Knex.Transaction,
      record: (entry: HistoryEntry) => Promise<HistoryEvent>,
    ) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async trx => {
      if (this.isPostgres()) {
        await trx.raw('SELECT pg_advisory_xact_lock(?)', [WRITE_LOCK_ID]);
      }
      const at = this.now();
      return fn(trx, entry => appendHistory(trx, entry, at));
    });
  }

  private meta(actor: string) {
    const at = this.now();
    return {
      version: 1,
      created_at: at,
      created_by: actor,
      updated_at: at,
      updated_by: actor,
    };
  }

  // --- catalog snapshots ---------------------------------------------------

  /** Records what the catalog says about one entity. */
  async upsertEntity(entity: EntitySnapshot): Promise<void> {
    await this.db('governed_entities')
      .insert(this.snapshotRow(entity))
      .onConflict('entity_ref')
      .merge();
  }

  private snapshotRow(entity: EntitySnapshot) {
    return {
      entity_ref: entity.entityRef,
      kind: entity.kind,
      title: entity.title,
      owner_ref: entity.ownerRef,
      risk_tier: entity.riskTier,
      purpose: entity.purpose,
      lifecycle: entity.lifecycle,
      synced_at: this.now(),
    };
  }

  /** Replaces the snapshot of AI systems and groups with the catalog's current state. */
  async replaceCatalogSnapshot(
    entities: EntitySnapshot[],
    groups: Array<{ groupRef: string; parentRef: string | null }>,
  ): Promise<void> {
    await this.db.transaction(async trx => {
      // Entities that carry records stay (their rows are refreshed); systems
      // gone from the catalog drop out of the org-wide views.
      await trx('governed_entities').where('kind', 'aisystem').delete();
      for (let i = 0; i < entities.length; i += 500) {
        await trx('governed_entities')
          .insert(entities.slice(i, i + 500).map(e => this.snapshotRow(e)))
          .onConflict('entity_ref')
          .merge();
      }
      await trx('catalog_groups').delete();
      for (let i = 0; i < groups.length; i += 500) {
        await trx('catalog_groups').insert(
          groups
            .slice(i, i + 500)
            .map(g => ({ group_ref: g.groupRef, parent_ref: g.parentRef })),
        );
      }
    });
  }

  async getEntity(entityRef: string): Promise<EntitySnapshot | undefined> {
    const row = await this.db('governed_entities')
      .where('entity_ref', entityRef)
      .first();
    if (!row) return undefined;
    return {
      entityRef: row.entity_ref,
      kind: row.kind,
      title: row.title,
      ownerRef: row.owner_ref,
      riskTier: row.risk_tier,
      purpose: row.purpose,
      lifecycle: row.lifecycle,
    };
  }

  /** The owners of each entity, for permission rules. */
  async ownersOf(entityRefs: string[]): Promise<Map<string, string | null>> {
    const rows = await this.db('governed_entities')
      .whereIn('entity_ref', entityRefs)
      .select('entity_ref', 'owner_ref');
    return new Map(rows.map(r => [r.entity_ref, r.owner_ref]));
  }

  /**
   * Applies `changes` to a record still at `expectedVersion`: the check and
   * the write are one UPDATE, so of concurrent writers holding the same
   * version exactly one wins. Records the change in the history and returns
   * the record as stored.
   */
  private async applyVersioned<T extends Risk | Assessment>(
    trx: Knex.Transaction,
    record: (entry: HistoryEntry) => Promise<HistoryEvent>,
    options: {
      table: 'risks' | 'assessments';
      label: string;
      id: string;
      expectedVersion: number;
      changes: Record<string, unknown>;
      actor: string;
      action: string;
      before: T;
      fromRow: (row: any) => T;
    },
  ): Promise<T> {
    const { table, label, id, expectedVersion, actor, before } = options;
    const updated = await trx(table)
      .where({ id, version: expectedVersion })
      .update({
        ...options.changes,
        version: expectedVersion + 1,
        updated_at: this.now(),
        updated_by: actor,
      });
    if (updated === 0) {
      throw new PreconditionFailedError(
        `${label} ${id} was changed by someone else (now version ${before.version}, you sent ${expectedVersion}); reload it and apply your change again`,
      );
    }
    const after = options.fromRow(await trx(table).where('id', id).first());
    await record({
      actor,
      entityRef: after.entityRef,
      recordType: table === 'risks' ? 'risk' : 'assessment',
      recordId: id,
      action: options.action,
      before: before as any,
      after: after as any,
    });
    return after;
  }

  // --- risks ---------------------------------------------------------------

  private levels(likelihood: number, impact: number) {
    const score = riskScore(likelihood, impact);
    return { score, level: riskLevel(score, this.riskMatrix) };
  }

  async listRisks(
    entityRef: string,
    page: Partial<Cursor> & { limit: number },
  ): Promise<{ items: Risk[]; last?: number }> {
    const query = this.db<RiskRow>('risks')
      .where('entity_ref', entityRef)
      .orderBy('row_id', 'desc')
      .limit(page.limit + 1);
    if (page.before !== undefined) query.where('row_id', '<', page.before);
    const rows = await query;
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    return {
      items: items.map(riskFromRow),
      last: more ? items[items.length - 1].row_id : undefined,
    };
  }

  async getRisk(id: string): Promise<Risk | undefined> {
    const row = await this.db<RiskRow>('risks').where('id', id).first();
    return row ? riskFromRow(row) : undefined;
  }

  async createRisk(
    entityRef: string,
    input: NewRisk,
    actor: string,
  ): Promise<Risk> {
    return this.write((trx, record) =>
      this.insertRisk(trx, record, entityRef, input, actor),
    );
  }

  private async insertRisk(
    trx: Knex.Transaction,
    record: Recorder,
    entityRef: string,
    input: NewRisk,
    actor: string,
  ): Promise<Risk> {
    const id = randomUUID();
    const residual =
      input.residualLikelihood && input.residualImpact
        ? this.levels(input.residualLikelihood, input.residualImpact)
        : undefined;
    await trx('risks').insert({
      id,
      entity_ref: entityRef,
      title: input.title,
      description: input.description ?? '',
      category: input.category,
      source: input.source ?? null,
      lifecycle_stage: input.lifecycleStage,
      likelihood: input.likelihood,
      impact: input.impact,
      ...this.levels(input.likelihood, input.impact),
      treatment: input.treatment,
      treatment_plan: input.treatmentPlan ?? '',
      control_ids: JSON.stringify(input.controlIds ?? []),
      residual_likelihood: input.residualLikelihood ?? null,
      residual_impact: input.residualImpact ?? null,
      residual_score: residual?.score ?? null,
      residual_level: residual?.level ?? null,
      owner_ref: input.owner ?? null,
      status: input.status,
      due_date: input.dueDate ?? null,
      next_review_date: input.nextReviewDate ?? null,
      ...this.meta(actor),
    });
    const risk = riskFromRow(
      (await trx<RiskRow>('risks').where('id', id).first())!,
    );
    await record({
      actor,
      entityRef,
      recordType: 'risk',
      recordId: id,
      action: 'create',
      before: null,
      after: risk as any,
    });
    return risk;
  }

  /**
   * Applies a change if the stored version is still `expectedVersion`: the
   * check and the write are one UPDATE, so of concurrent writers holding the
   * same version exactly one wins.
   */
  async updateRisk(
    id: string,
    expectedVersion: number,
    patch: RiskPatch,
    actor: string,
  ): Promise<Risk> {
    return this.write(async (trx, record) => {
      const before = await trx<RiskRow>('risks').where('id', id).first();
      if (!before) throw new NotFoundError(`Risk ${id} does not exist`);
      const current = riskFromRow(before);
      const next = {
        ...current,
        ...Object.fromEntries(
          Object.entries(patch).filter(([, v]) => v !== undefined),
        ),
      } as Risk;
      if (
        (next.residualLikelihood === null) !==
        (next.residualImpact === null)
      ) {
        const path =
          next.residualLikelihood === null
            ? 'residualLikelihood'
            : 'residualImpact';
        throw new FieldValidationError(
          `Invalid risk: ${path} must be set together with the other residual value`,
          [
            {
              path,
              message: 'residual likelihood and impact are set together',
            },
          ],
        );
      }
      const changes: Record<string, unknown> = {};
      const column: Record<string, string> = {
        title: 'title',
        description: 'description',
        category: 'category',
        source: 'source',
        lifecycleStage: 'lifecycle_stage',
        likelihood: 'likelihood',
        impact: 'impact',
        treatment: 'treatment',
        treatmentPlan: 'treatment_plan',
        residualLikelihood: 'residual_likelihood',
        residualImpact: 'residual_impact',
        owner: 'owner_ref',
        status: 'status',
        dueDate: 'due_date',
        nextReviewDate: 'next_review_date',
      };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        if (key === 'controlIds') changes.control_ids = JSON.stringify(value);
        else if (key === 'description' || key === 'treatmentPlan')
          changes[column[key]] = value ?? '';
        else changes[column[key]] = value;
      }
      Object.assign(changes, this.levels(next.likelihood, next.impact));
      const residual =
        next.residualLikelihood && next.residualImpact
          ? this.levels(next.residualLikelihood, next.residualImpact)
          : undefined;
      changes.residual_score = residual?.score ?? null;
      changes.residual_level = residual?.level ?? null;
      if (next.treatment !== 'accept' && current.acceptance) {
        // Changing the treatment away from accept ends the acceptance, and an
        // accepted risk is open again unless the change says otherwise.
        if (current.status === 'accepted' && patch.status === undefined)
          changes.status = 'open';
        Object.assign(changes, {
          accepted_by: null,
          accepted_at: null,
          acceptance_expires_at: null,
        });
      }
      return this.applyVersioned(trx, record, {
        table: 'risks',
        label: 'Risk',
        id,
        expectedVersion,
        changes,
        actor,
        action: 'update',
        before: current,
        fromRow: riskFromRow,
      });
    });
  }

  /** Approves accepting a risk until `expiresAt`; the approver must not be the author. */
  async acceptRisk(
    id: string,
    expectedVersion: number,
    expiresAt: string,
    actor: string,
  ): Promise<Risk> {
    return this.write(async (trx, record) => {
      const row = await trx<RiskRow>('risks').where('id', id).first();
      if (!row) throw new NotFoundError(`Risk ${id} does not exist`);
      const before = riskFromRow(row);
      if (before.createdBy === actor) {
        throw new NotAllowedError(
          `${actor} recorded this risk and cannot also approve accepting it; another approver must do it`,
        );
      }
      if (before.status === 'closed')
        throw new ConflictError(
          `Risk ${id} is closed; reopen it before accepting it`,
        );
      return this.applyVersioned(trx, record, {
        table: 'risks',
        label: 'Risk',
        id,
        expectedVersion,
        changes: {
          treatment: 'accept',
          status: 'accepted',
          accepted_by: actor,
          accepted_at: this.now(),
          acceptance_expires_at: expiresAt,
        },
        actor,
        action: 'accept',
        before,
        fromRow: riskFromRow,
      });
    });
  }

  // --- controls ------------------------------------------------------------

  async listControls(entityRef: string): Promise<EntityControl[]> {
    const today = this.today();
    const now = this.now();
    const rows = await this.db<ControlRow>('control_statuses').where(
      'entity_ref',
      entityRef,
    );
    const byId = new Map(rows.map(r => [r.control_id, r]));
    const evidence = await this.db('evidence_links as l')
      .join('evidence as e', 'e.id', 'l.evidence_id')
      .where({ 'l.entity_ref': entityRef, 'l.target_type': 'control' })
      .orderBy('e.row_id', 'asc')
      .select('l.target_id', 'e.id', 'e.title', 'e.expires_at');
    return ANNEX_A_CONTROLS.map(control => {
      const row = byId.get(control.id);
      const status = (row?.status ?? 'not-started') as EntityControl['status'];
      const applicable = row ? truthy(row.applicable) : true;
      const dueDate = row?.due_date ?? null;
      return {
        entityRef,
        controlId: control.id,
        objectiveId: control.objectiveId,
        title: control.title,
        applicable,
        justification: row?.justification ?? null,
        status,
        owner: row?.owner_ref ?? null,
        dueDate,
        overdue:
          applicable &&
          status !== 'implemented' &&
          dueDate !== null &&
          dueDate < today,
        evidence: evidence
          .filter(e => e.target_id === control.id)
          .map(e => ({
            id: e.id,
            title: e.title,
            expiresAt: e.expires_at,
            expired: e.expires_at !== null && e.expires_at <= now,
          })),
        recorded: !!row,
        version: row ? Number(row.version) : 0,
        updatedAt: row?.updated_at ?? null,
        updatedBy: row?.updated_by ?? null,
      };
    });
  }

  async getControl(
    entityRef: string,
    controlId: string,
  ): Promise<EntityControl> {
    const control = (await this.listControls(entityRef)).find(
      c => c.controlId === controlId,
    );
    if (!control)
      throw new NotFoundError(`${controlId} is not an Annex A control`);
    return control;
  }

  /**
   * Writes one Statement of Applicability row. Creating needs no precondition
   * (or version 0); changing an existing row needs the version it was read at.
   */
  async putControl(
    entityRef: string,
    controlId: string,
    expectedVersion: number | undefined,
    input: NewControl,
    actor: string,
  ): Promise<EntityControl> {
    await this.write(async (trx, record) => {
      const existing = await trx<ControlRow>('control_statuses')
        .where({ entity_ref: entityRef, control_id: controlId })
        .first();
      if (!existing) {
        if (expectedVersion !== undefined && expectedVersion !== 0) {
          throw new PreconditionFailedError(
            `Nothing is recorded yet for ${controlId} on ${entityRef}; send If-Match "0" or none`,
          );
        }
        await this.insertControl(
          trx,
          record,
          entityRef,
          controlId,
          input,
          actor,
        );
        return;
      }
      const values = controlValues(input);
      const before = this.controlRecord(existing);
      {
        if (expectedVersion === undefined) {
          throw new PreconditionRequiredError(
            `${controlId} on ${entityRef} is already recorded (version ${existing.version}); send If-Match with the version you read`,
          );
        }
        const updated = await trx('control_statuses')
          .where({
            entity_ref: entityRef,
            control_id: controlId,
            version: expectedVersion,
          })
          .update({
            ...values,
            version: expectedVersion + 1,
            updated_at: this.now(),
            updated_by: actor,
          });
        if (updated === 0) {
          throw new PreconditionFailedError(
            `${controlId} on ${entityRef} was changed by someone else (now version ${existing.version}, you sent ${expectedVersion}); reload it`,
          );
        }
      }
      const after = await trx<ControlRow>('control_statuses')
        .where({ entity_ref: entityRef, control_id: controlId })
        .first();
      await record({
        actor,
        entityRef,
        recordType: 'control',
        recordId: controlId,
        action: 'update',
        before,
        after: this.controlRecord(after!),
      });
    });
    return this.getControl(entityRef, controlId);
  }

  private async insertControl(
    trx: Knex.Transaction,
    record: Recorder,
    entityRef: string,
    controlId: string,
    input: NewControl,
    actor: string,
  ): Promise<void> {
    // The one place a control row is created: the id must be one Annex A has.
    if (!getAnnexAControl(controlId))
      throw new NotFoundError(`${controlId} is not an Annex A control`);
    await trx('control_statuses').insert({
      entity_ref: entityRef,
      control_id: controlId,
      ...controlValues(input),
      ...this.meta(actor),
    });
    const row = await trx<ControlRow>('control_statuses')
      .where({ entity_ref: entityRef, control_id: controlId })
      .first();
    await record({
      actor,
      entityRef,
      recordType: 'control',
      recordId: controlId,
      action: 'create',
      before: null,
      after: this.controlRecord(row!),
    });
  }

  private controlRecord(row: ControlRow) {
    return {
      controlId: row.control_id,
      applicable: truthy(row.applicable),
      justification: row.justification,
      status: row.status,
      owner: row.owner_ref,
      dueDate: row.due_date,
      version: Number(row.version),
    };
  }

  // --- evidence ------------------------------------------------------------

  private async evidenceLinks(ids: string[], db: Knex = this.db) {
    const rows = ids.length
      ? await db('evidence_links').whereIn('evidence_id', ids)
      : [];
    return (id: string) => ({
      controlIds: rows
        .filter(r => r.evidence_id === id && r.target_type === 'control')
        .map(r => r.target_id)
        .sort(),
      riskIds: rows
        .filter(r => r.evidence_id === id && r.target_type === 'risk')
        .map(r => r.target_id)
        .sort(),
    });
  }

  async listEvidence(
    entityRef: string,
    page: Partial<Cursor> & { limit: number },
  ): Promise<{ items: Evidence[]; last?: number }> {
    const query = this.db<EvidenceRow>('evidence')
      .where('entity_ref', entityRef)
      .orderBy('row_id', 'desc')
      .limit(page.limit + 1);
    if (page.before !== undefined) query.where('row_id', '<', page.before);
    const rows = await query;
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    const links = await this.evidenceLinks(items.map(r => r.id));
    const now = this.now();
    return {
      items: items.map(r => evidenceFromRow(r, links(r.id), now)),
      last: more ? items[items.length - 1].row_id : undefined,
    };
  }

  async getEvidence(
    id: string,
    db: Knex = this.db,
  ): Promise<Evidence | undefined> {
    const row = await db<EvidenceRow>('evidence').where('id', id).first();
    if (!row) return undefined;
    return evidenceFromRow(
      row,
      (await this.evidenceLinks([id], db))(id),
      this.now(),
    );
  }

  async createEvidence(
    entityRef: string,
    input: EvidenceCreate,
    actor: string,
  ): Promise<Evidence> {
    return this.write(async (trx, record) => {
      const riskIds = [...new Set(input.riskIds ?? [])];
      if (riskIds.length) {
        const found = await trx('risks')
          .whereIn('id', riskIds)
          .where('entity_ref', entityRef)
          .select('id');
        const missing = riskIds.filter(id => !found.some(f => f.id === id));
        if (missing.length) {
          throw new FieldValidationError(
            `Invalid evidence: riskIds name risks that ${entityRef} does not have`,
            missing.map(id => ({
              path: `riskIds[${riskIds.indexOf(id)}]`,
              message: `${id} is not a risk of ${entityRef}`,
            })),
          );
        }
      }
      const id = randomUUID();
      await trx('evidence').insert({
        id,
        entity_ref: entityRef,
        title: input.title,
        kind: input.kind,
        url: input.url ?? null,
        file_name: input.fileName ?? null,
        media_type: input.fileName
          ? input.mediaType ?? 'application/octet-stream'
          : null,
        size: null,
        sha256: null,
        collected_at: toTimestamp(input.collectedAt),
        expires_at: input.expiresAt ? toTimestamp(input.expiresAt) : null,
        ...this.meta(actor),
      });
      const links = [
        ...[...new Set(input.controlIds ?? [])].map(c => ({
          target_type: 'control',
          target_id: c,
        })),
        ...riskIds.map(r => ({ target_type: 'risk', target_id: r })),
      ].map(l => ({ ...l, evidence_id: id, entity_ref: entityRef }));
      if (links.length) await trx('evidence_links').insert(links);
      const evidence = (await this.getEvidence(id, trx))!;
      await record({
        actor,
        entityRef,
        recordType: 'evidence',
        recordId: id,
        action: 'create',
        before: null,
        after: evidence as any,
      });
      return evidence;
    });
  }

  /** Stores an evidence file once; its SHA-256 is kept to check every download. */
  async uploadEvidenceContent(
    id: string,
    content: Buffer,
    actor: string,
  ): Promise<Evidence> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    return this.write(async (trx, record) => {
      const before = await this.getEvidence(id, trx);
      if (!before) throw new NotFoundError(`Evidence ${id} does not exist`);
      if (!before.file)
        throw new ConflictError(`Evidence ${id} is a link, not a file`);
      if (before.file.uploaded) {
        throw new ConflictError(
          `Evidence ${id} already has its file; evidence is never overwritten, add new evidence instead`,
        );
      }
      const blob = await trx('evidence_blobs')
        .where('sha256', sha256)
        .first('sha256');
      if (!blob) {
        await trx('evidence_blobs').insert({
          sha256,
          size: content.length,
          content,
          created_at: this.now(),
        });
      }
      await trx('evidence')
        .where({ id })
        .update({
          sha256,
          size: content.length,
          version: before.version + 1,
          updated_at: this.now(),
          updated_by: actor,
        });
      const after = (await this.getEvidence(id, trx))!;
      await record({
        actor,
        entityRef: after.entityRef,
        recordType: 'evidence',
        recordId: id,
        action: 'upload',
        before: before as any,
        after: after as any,
      });
      return after;
    });
  }

  /** The file of an evidence item, refused when its bytes no longer match the stored hash. */
  async readEvidenceContent(
    id: string,
  ): Promise<{ evidence: Evidence; content: Buffer }> {
    const evidence = await this.getEvidence(id);
    if (!evidence) throw new NotFoundError(`Evidence ${id} does not exist`);
    if (!evidence.file?.uploaded || !evidence.file.sha256) {
      throw new NotFoundError(`Evidence ${id} has no uploaded file`);
    }
    const blob = await this.db('evidence_blobs')
      .where('sha256', evidence.file.sha256)
      .first();
    if (!blob)
      throw new EvidenceIntegrityError(
        `The file of evidence ${id} is missing from storage`,
      );
    const content = Buffer.isBuffer(blob.content)
      ? blob.content
      : Buffer.from(blob.content);
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== evidence.file.sha256) {
      throw new EvidenceIntegrityError(
        `The file of evidence ${id} does not match the SHA-256 recorded at upload (${evidence.file.sha256}); it is not served`,
      );
    }
    return { evidence, content };
  }

  // --- assessments ---------------------------------------------------------

  async listAssessments(entityRef: string): Promise<Assessment[]> {
    const rows = await this.db<AssessmentRow>('assessments')
      .where('entity_ref', entityRef)
      .orderBy('row_id', 'desc');
    return rows.map(assessmentFromRow);
  }

  async getAssessment(id: string): Promise<Assessment | undefined> {
    const row = await this.db<AssessmentRow>('assessments')
      .where('id', id)
      .first();
    return row ? assessmentFromRow(row) : undefined;
  }

  async createAssessment(
    entityRef: string,
    input: AssessmentCreate,
    actor: string,
  ): Promise<Assessment> {
    return this.write((trx, record) =>
      this.insertAssessment(trx, record, entityRef, input, actor),
    );
  }

  private async insertAssessment(
    trx: Knex.Transaction,
    record: Recorder,
    entityRef: string,
    input: AssessmentCreate,
    actor: string,
  ): Promise<Assessment> {
    const id = randomUUID();
    await trx('assessments').insert({
      id,
      entity_ref: entityRef,
      type: input.type,
      answers: JSON.stringify(input.answers ?? {}),
      result:
        input.result === undefined || input.result === null
          ? null
          : JSON.stringify(input.result),
      status: 'draft',
      ...this.meta(actor),
    });
    const assessment = assessmentFromRow(
      (await trx<AssessmentRow>('assessments').where('id', id).first())!,
    );
    await record({
      actor,
      entityRef,
      recordType: 'assessment',
      recordId: id,
      action: 'create',
      before: null,
      after: assessment as any,
    });
    return assessment;
  }

  async updateAssessment(
    id: string,
    expectedVersion: number,
    patch: AssessmentPatch,
    actor: string,
  ): Promise<Assessment> {
    return this.write(async (trx, record) => {
      const row = await trx<AssessmentRow>('assessments')
        .where('id', id)
        .first();
      if (!row) throw new NotFoundError(`Assessment ${id} does not exist`);
      const before = assessmentFromRow(row);
      if (before.status === 'approved') {
        throw new ConflictError(
          `Assessment ${id} is approved and can no longer change; start a new assessment`,
        );
      }
      const changes: Record<string, unknown> = {};
      if (patch.answers !== undefined)
        changes.answers = JSON.stringify(patch.answers);
      if (patch.result !== undefined)
        changes.result =
          patch.result === null ? null : JSON.stringify(patch.result);
      if (patch.status !== undefined) changes.status = patch.status;
      return this.applyVersioned(trx, record, {
        table: 'assessments',
        label: 'Assessment',
        id,
        expectedVersion,
        changes,
        actor,
        action: 'update',
        before,
        fromRow: assessmentFromRow,
      });
    });
  }

  /** Approves an assessment in review; the approver must not be its author. */
  async approveAssessment(
    id: string,
    expectedVersion: number,
    actor: string,
  ): Promise<Assessment> {
    return this.write(async (trx, record) => {
      const row = await trx<AssessmentRow>('assessments')
        .where('id', id)
        .first();
      if (!row) throw new NotFoundError(`Assessment ${id} does not exist`);
      const before = assessmentFromRow(row);
      if (before.createdBy === actor) {
        throw new NotAllowedError(
          `${actor} wrote this assessment and cannot also approve it; another approver must do it`,
        );
      }
      if (before.status !== 'in-review') {
        throw new ConflictError(
          `Assessment ${id} is ${before.status}; only an assessment in review can be approved`,
        );
      }
      return this.applyVersioned(trx, record, {
        table: 'assessments',
        label: 'Assessment',
        id,
        expectedVersion,
        changes: {
          status: 'approved',
          approved_by: actor,
          approved_at: this.now(),
        },
        actor,
        action: 'approve',
        before,
        fromRow: assessmentFromRow,
      });
    });
  }

  // --- baselines -----------------------------------------------------------

  /**
   * Writes the initial records of an AI system (its classification
   * assessment, starting risk register and Statement of Applicability) in one
   * transaction, so a failure leaves nothing behind. The same `requestId`
   * again returns what the first request created; any other request for an
   * entity that already has records is a conflict, because onboarding must
   * never overwrite work people have done since.
   */
  async createBaseline(
    entityRef: string,
    requestId: string,
    input: BaselineInput,
    actor: string,
  ): Promise<BaselineResult> {
    const outcome = await this.write(async (trx, record) => {
      const previous = await trx('baselines')
        .where('entity_ref', entityRef)
        .first();
      if (previous) {
        if (previous.request_id !== requestId) {
          throw new ConflictError(
            `${entityRef} was already onboarded by ${previous.created_by} at ${previous.created_at} (request ${previous.request_id}); change its records in the Governance tab instead`,
          );
        }
        return { row: previous, replayed: true };
      }
      const [risks, assessments, controls] = await Promise.all(
        ['risks', 'assessments', 'control_statuses'].map(async table =>
          Number(
            (
              await trx(table).where('entity_ref', entityRef).count({ n: '*' })
            )[0].n,
          ),
        ),
      );
      if (risks + assessments + controls > 0) {
        throw new ConflictError(
          `${entityRef} already has governance records (${risks} risks, ${assessments} assessments, ${controls} controls); onboarding only creates the records of a system that has none`,
        );
      }
      const assessment = await this.insertAssessment(
        trx,
        record,
        entityRef,
        input.assessment,
        actor,
      );
      const riskIds: string[] = [];
      for (const risk of input.risks) {
        riskIds.push(
          (await this.insertRisk(trx, record, entityRef, risk, actor)).id,
        );
      }
      for (const { controlId, ...control } of input.controls) {
        await this.insertControl(
          trx,
          record,
          entityRef,
          controlId,
          control,
          actor,
        );
      }
      const row = {
        entity_ref: entityRef,
        request_id: requestId,
        created_at: this.now(),
        created_by: actor,
        record_ids: JSON.stringify({
          assessmentId: assessment.id,
          riskIds,
          controlIds: input.controls.map(c => c.controlId),
        }),
      };
      await trx('baselines').insert(row);
      return { row, replayed: false };
    });
    const ids = JSON.parse(outcome.row.record_ids) as {
      assessmentId: string;
      riskIds: string[];
      controlIds: string[];
    };
    const risks = ids.riskIds.length
      ? (
          await this.db<RiskRow>('risks')
            .whereIn('id', ids.riskIds)
            .orderBy('row_id')
        ).map(riskFromRow)
      : [];
    const controls = (await this.listControls(entityRef)).filter(c =>
      ids.controlIds.includes(c.controlId),
    );
    return {
      requestId,
      replayed: outcome.replayed,
      createdAt: outcome.row.created_at,
      createdBy: outcome.row.created_by,
      assessment: (await this.getAssessment(ids.assessmentId))!,
      risks,
      controls,
    };
  }

  // --- history -------------------------------------------------------------

  listHistory(options: {
    entityRef?: string;
    before?: number;
    limit: number;
    restrict?: EntityRestriction;
  }) {
    const { restrict, ...rest } = options;
    return listHistory(this.db, {
      ...rest,
      restrict: restrict && (qb => restrict(qb, 'entity_ref')),
    });
  }

  verifyHistory() {
    return verifyHistory(this.db);
  }
}

/** Dates become midnight UTC so every stored timestamp compares as text. */
function toTimestamp(value: string): string {
  return value.length === 10
    ? `${value}T00:00:00.000Z`
    : new Date(value).toISOString();
}
