import { randomUUID } from 'node:crypto';
import {
  canonicalJson,
  type ChangeRecord,
} from '@aigov/plugin-ai-governance-common';
import type { JsonValue } from '@backstage/types';
import type { ChangeStore, StoredSnapshot } from '../database/ChangeStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import type { TaskService } from './TaskService';
import {
  type ChangeOrigin,
  type ChangeSnapshot,
  diffSnapshots,
} from './changes';

/** An AiSystem as one catalog sync saw it. */
export interface ObservedEntity {
  entityRef: string;
  snapshot: ChangeSnapshot;
  origin: ChangeOrigin;
}

/** Who the history names as the author of a detected change. */
export const CHANGE_ACTOR = 'catalog';

const CHUNK = 500;

const same = (a: ChangeSnapshot, b: ChangeSnapshot) =>
  canonicalJson(a as unknown as JsonValue) ===
  canonicalJson(b as unknown as JsonValue);

/**
 * Turns what each catalog sync sees into change records. The snapshots are
 * compared again inside the writers' lock, so a sync that repeats, or one
 * running on another replica at the same time, finds the snapshot already
 * moved and records nothing; the store's unique key on (entity, snapshot
 * version, field) refuses a second copy should the lock ever be bypassed.
 */
export class ChangeService {
  constructor(
    private readonly store: ChangeStore,
    private readonly work: UnitOfWork,
    /** Opens the revalidation a material change calls for; without it none. */
    private readonly tasks?: TaskService,
  ) {}

  /** Compares every entity with its snapshot and records the differences; answers how many. */
  async detect(
    observed: ObservedEntity[],
    /** When the changes happened, if before now (records loaded from elsewhere). */
    changedAt?: string,
  ): Promise<number> {
    let recorded = 0;
    for (let i = 0; i < observed.length; i += CHUNK) {
      const chunk = observed.slice(i, i + CHUNK);
      // A first look without the lock: most syncs change nothing, and only
      // the entities that differ need the writers' lock.
      const known = await this.store.snapshots(chunk.map(o => o.entityRef));
      const candidates = chunk.filter(o => {
        const prev = known.get(o.entityRef);
        return !prev || !same(prev.fields, o.snapshot);
      });
      if (candidates.length)
        recorded += await this.apply(candidates, changedAt);
    }
    return recorded;
  }

  private apply(
    candidates: ObservedEntity[],
    changedAt?: string,
  ): Promise<number> {
    return this.work.run(async scope => {
      const at = changedAt ?? scope.now;
      let recorded = 0;
      const known = await this.store.snapshots(
        candidates.map(o => o.entityRef),
        scope.tx,
      );
      for (const o of candidates) {
        const prev = known.get(o.entityRef);
        if (prev && same(prev.fields, o.snapshot)) continue;
        const next: StoredSnapshot = {
          fields: o.snapshot,
          version: prev ? prev.version + 1 : 1,
        };
        // First sight: nothing changed yet, the snapshot is the baseline.
        const differences = prev ? diffSnapshots(prev.fields, o.snapshot) : [];
        if (prev && differences.length === 0) next.version = prev.version;
        let material: string | undefined;
        for (const d of differences) {
          const record: Omit<ChangeRecord, 'historySeq'> = {
            id: randomUUID(),
            entityRef: o.entityRef,
            ...d,
            detectedAt: at,
            location: o.origin.location,
            commit: o.origin.commit,
          };
          // The event holds the record as detected; its own seq is known
          // only once it is appended, and is stored beside it.
          const event = await scope.record({
            actor: CHANGE_ACTOR,
            entityRef: o.entityRef,
            recordType: 'change',
            recordId: record.id,
            action: 'detect',
            before: null,
            after: record as unknown as JsonValue,
          });
          await this.store.insert(
            scope.tx,
            { ...record, historySeq: event.seq },
            next.version,
          );
          if (d.material) material = record.id;
          recorded++;
        }
        // Once per entity and sync, linked to its latest material change,
        // so several material changes at once open one task of each kind.
        if (material && this.tasks) {
          await this.tasks.openForChange(
            scope,
            o.entityRef,
            material,
            o.snapshot.owner,
            CHANGE_ACTOR,
            at,
          );
        }
        await this.store.saveSnapshot(scope.tx, o.entityRef, next, scope.now);
      }
      return recorded;
    });
  }

  /**
   * Puts back, as an entity's baseline, what its catalog entry said before
   * (`earlier` over its current snapshot), then detects the difference to
   * the current snapshot as any sync would: change records, history and
   * tasks. For loading records kept elsewhere (the demo's seed file), whose
   * systems changed before this plugin watched them, on `changedAt` (now
   * by default; its tasks are due from then). Answers how many changes it
   * recorded; none when the entity was never synced.
   */
  async detectFromEarlierState(
    entityRef: string,
    earlier: Partial<ChangeSnapshot>,
    origin: ChangeOrigin,
    changedAt?: string,
  ): Promise<number> {
    const current = (await this.store.snapshots([entityRef])).get(entityRef);
    if (!current) return 0;
    await this.work.run(scope =>
      this.store.saveSnapshot(
        scope.tx,
        entityRef,
        { fields: { ...current.fields, ...earlier }, version: current.version },
        scope.now,
      ),
    );
    return this.detect(
      [{ entityRef, snapshot: current.fields, origin }],
      changedAt,
    );
  }

  /** A page of an entity's change records, newest first. */
  list(entityRef: string, page: { before?: number; limit: number }) {
    return this.store.list(entityRef, page);
  }
}
