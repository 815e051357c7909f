import type { Knex } from 'knex';
import { DatabaseSummaryStore } from './SummaryStore';
import { type Clock, lockedTransaction } from './UnitOfWork';

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

/** A group and its parent, for roll-ups over the group tree. */
export interface GroupEdge {
  groupRef: string;
  parentRef: string | null;
}

/** What the service keeps of the catalog: governed entities and the group tree. */
export interface EntityStore {
  /** Records what the catalog says about one entity. */
  upsertEntity(entity: EntitySnapshot): Promise<void>;
  /** Replaces the snapshot of AI systems and groups with the catalog's current state. */
  replaceCatalogSnapshot(
    entities: EntitySnapshot[],
    groups: GroupEdge[],
  ): Promise<void>;
  /** One entity's snapshot, if the service has seen it. */
  getEntity(entityRef: string): Promise<EntitySnapshot | undefined>;
  /** The owners of each entity, for permission rules. */
  ownersOf(entityRefs: string[]): Promise<Map<string, string | null>>;
  /** Titles of the AI systems in a scope (a SQL condition over `g`), in ref order. */
  listInScope(scope: {
    sql: string;
    bindings: Record<string, unknown>;
  }): Promise<Array<{ entityRef: string; title: string | null }>>;
  /** True when any history event concerns the entity (seeding runs once). */
  hasHistory(entityRef: string): Promise<boolean>;
}

const CHUNK = 500;

/** What the scorecard facts read of a snapshot; a change of any of these changes its summary. */
const SCORED = ['kind', 'title', 'owner_ref', 'risk_tier', 'purpose'] as const;
type ScoredRow = Record<(typeof SCORED)[number] | 'entity_ref', string | null>;
const sameScored = (a: ScoredRow, b: ScoredRow) =>
  SCORED.every(c => (a[c] ?? null) === (b[c] ?? null));

/** The {@link EntityStore} on the plugin's database. */
export class DatabaseEntityStore implements EntityStore {
  private readonly summaries: DatabaseSummaryStore;

  constructor(private readonly db: Knex, private readonly clock: Clock) {
    this.summaries = new DatabaseSummaryStore(db);
  }

  private row(entity: EntitySnapshot) {
    return {
      entity_ref: entity.entityRef,
      kind: entity.kind,
      title: entity.title,
      owner_ref: entity.ownerRef,
      risk_tier: entity.riskTier,
      purpose: entity.purpose,
      lifecycle: entity.lifecycle,
      synced_at: this.clock().toISOString(),
    };
  }

  async upsertEntity(entity: EntitySnapshot): Promise<void> {
    const row = this.row(entity);
    const before = await this.db('governed_entities')
      .where('entity_ref', entity.entityRef)
      .first(...SCORED);
    const upsert = (db: Knex) =>
      db('governed_entities').insert(row).onConflict('entity_ref').merge();
    // Writes resolve their entity on every request: only a snapshot that
    // changes what scorecards read needs its summary recomputed (under the
    // writers' lock, as the summary's owner totals move).
    if (before && sameScored(before, row)) {
      await upsert(this.db);
      return;
    }
    await lockedTransaction(this.db, async tx => {
      await upsert(tx);
      await this.summaries.refresh(tx, [entity.entityRef], row.synced_at);
    });
  }

  async replaceCatalogSnapshot(
    entities: EntitySnapshot[],
    groups: GroupEdge[],
  ): Promise<void> {
    await lockedTransaction(this.db, async trx => {
      const rows = entities.map(e => this.row(e));
      const before = new Map<string, ScoredRow>(
        (
          await trx('governed_entities')
            .where('kind', 'aisystem')
            .select('entity_ref', ...SCORED)
        ).map((r: ScoredRow) => [r.entity_ref!, r]),
      );
      // Entities that carry records stay (their rows are refreshed); systems
      // gone from the catalog drop out of the org-wide views.
      await trx('governed_entities').where('kind', 'aisystem').delete();
      for (let i = 0; i < rows.length; i += CHUNK) {
        await trx('governed_entities')
          .insert(rows.slice(i, i + CHUNK))
          .onConflict('entity_ref')
          .merge();
      }
      // Summaries follow the snapshot: systems added, gone, or changed in
      // what scorecards read (title, owner, tier, purpose).
      const changed = new Set(before.keys());
      for (const row of rows) {
        const old = before.get(row.entity_ref);
        if (old && sameScored(old, row)) changed.delete(row.entity_ref);
        else changed.add(row.entity_ref);
      }
      await this.summaries.refresh(
        trx,
        [...changed],
        this.clock().toISOString(),
      );
      await trx('catalog_groups').delete();
      for (let i = 0; i < groups.length; i += CHUNK) {
        await trx('catalog_groups').insert(
          groups
            .slice(i, i + CHUNK)
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

  async ownersOf(entityRefs: string[]): Promise<Map<string, string | null>> {
    const rows = await this.db('governed_entities')
      .whereIn('entity_ref', entityRefs)
      .select('entity_ref', 'owner_ref');
    return new Map(rows.map(r => [r.entity_ref, r.owner_ref]));
  }

  async listInScope(scope: { sql: string; bindings: Record<string, unknown> }) {
    const rows = await this.db('governed_entities as g')
      .whereRaw(scope.sql, scope.bindings)
      .orderBy('g.entity_ref')
      .select('g.entity_ref', 'g.title');
    return rows.map(r => ({ entityRef: r.entity_ref, title: r.title }));
  }

  async hasHistory(entityRef: string): Promise<boolean> {
    return !!(await this.db('history')
      .where('entity_ref', entityRef)
      .first('seq'));
  }
}
