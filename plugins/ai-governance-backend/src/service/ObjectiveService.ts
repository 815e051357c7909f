import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@backstage/errors';
import {
  AIMS_ENTITY_REF,
  OBJECTIVE_PACE_DAYS,
  objectiveStatus,
  objectiveTargetProblem,
  type AimsMeasure,
  type AimsObjective,
  type AimsObjectiveCreate,
  type AimsObjectivePatch,
  type AimsObjectiveRecord,
  type MeasureValue,
  type ObjectiveTrendPoint,
} from '@aigov/plugin-ai-governance-common';
import type {
  ObjectiveStore,
  ObjectiveValues,
} from '../database/ObjectiveStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { computeMeasure, type MeasureContext } from './objectives/measures';
import { applyVersioned, recordCreated } from './versioned';

/** Days of snapshots an objective's trend covers unless asked otherwise. */
export const DEFAULT_TREND_DAYS = 90;

const DAY_MS = 86_400_000;

/** The day `days` before `day` (YYYY-MM-DD). */
export const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS)
    .toISOString()
    .slice(0, 10);

/** Parsed create body: defaults applied. */
type ParsedCreate = Required<AimsObjectiveCreate>;

/** What the daily snapshot did. */
export interface SnapshotRun {
  day: string;
  /** Objectives whose measure had a value. */
  measured: number;
  /** Snapshots written; 0 when the day already had them all. */
  written: number;
}

/**
 * The objectives of the management system (ISO/IEC 42001 6.2) and their
 * measurement (9.1): set and changed by the governance office under
 * If-Match; read with each measure's value computed now, the status it
 * gives against the target and due date, and the trend the daily
 * snapshots keep.
 */
export class ObjectiveService {
  constructor(
    private readonly store: ObjectiveStore,
    private readonly work: UnitOfWork,
    private readonly sources: Omit<MeasureContext, 'today'>,
  ) {}

  /** A measure's value now. */
  measure(measure: AimsMeasure): Promise<MeasureValue> {
    return computeMeasure(measure, {
      ...this.sources,
      today: this.work.today(),
    });
  }

  /** Every objective with its value now, status and trend from `since` (default: the last 90 days). */
  async list(since?: string): Promise<AimsObjective[]> {
    return this.withValues(await this.store.list(), since);
  }

  /** What the management review freezes: every objective with value, target, status and trend points. */
  listWithTrends(since?: string): Promise<AimsObjective[]> {
    return this.list(since);
  }

  /** Whether any objective is set (the readiness checklist's question). */
  async exist(): Promise<boolean> {
    return (await this.store.figures(this.work.today())).objectives > 0;
  }

  /** One objective; a missing one is a 404. */
  async get(id: string, since?: string): Promise<AimsObjective> {
    const [found] = await this.withValues([await this.record(id)], since);
    return found;
  }

  /** The stored record; a missing one is a 404. */
  async record(id: string): Promise<AimsObjectiveRecord> {
    const found = await this.store.get(id);
    if (!found) throw new NotFoundError(`Objective ${id} does not exist`);
    return found;
  }

  /** Sets a new objective and takes its first snapshot, so its trend starts today. */
  async create(body: ParsedCreate, actor: string): Promise<AimsObjective> {
    const value = await this.measure(body.measure);
    const created = await this.work.run(async scope => {
      const record = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: AIMS_ENTITY_REF,
          title: body.title,
          description: body.description,
          owner: body.owner.toLocaleLowerCase('en-US'),
          measure: body.measure,
          target: body.target,
          dueDate: body.dueDate,
        },
        actor,
        scope.now,
      );
      if (value.value !== null) {
        await this.store.recordSnapshots(
          [
            {
              objectiveId: record.id,
              day: scope.now.slice(0, 10),
              value: value.value,
            },
          ],
          scope.now,
          scope.tx,
        );
      }
      return recordCreated(scope, 'aims-objective', record, actor);
    });
    return this.get(created.id);
  }

  /**
   * Changes an objective still at `expectedVersion`; the target must fit
   * the measure. A change of measure starts the trend again: the snapshots
   * of the earlier measure are dropped and today's is taken, so one line
   * never mixes two measures.
   */
  async update(
    id: string,
    expectedVersion: number,
    patch: AimsObjectivePatch,
    actor: string,
  ): Promise<AimsObjective> {
    // Measured before the transaction, which holds the only connection on SQLite.
    const measured = patch.measure ? await this.measure(patch.measure) : null;
    await this.work.run(async scope => {
      const current = await this.store.get(id, scope.tx);
      if (!current) throw new NotFoundError(`Objective ${id} does not exist`);
      const values: ObjectiveValues = { ...patch } as ObjectiveValues;
      if (patch.owner) values.owner = patch.owner.toLocaleLowerCase('en-US');
      const measure = values.measure ?? current.measure;
      const problem = objectiveTargetProblem(
        measure,
        values.target ?? current.target,
      );
      if (problem) {
        const path = 'target.value';
        throw new FieldValidationError(
          `Invalid objective: ${path} ${problem} (${measure})`,
          [{ path, message: problem }],
        );
      }
      const changed = await applyVersioned(scope, this.store, {
        label: 'Objective',
        recordType: 'aims-objective',
        action: 'update',
        actor,
        expectedVersion,
        before: current,
        values,
      });
      if (measured && patch.measure !== current.measure) {
        await this.store.clearSnapshots(scope.tx, id);
        if (measured.value !== null) {
          await this.store.recordSnapshots(
            [
              {
                objectiveId: id,
                day: scope.now.slice(0, 10),
                value: measured.value,
              },
            ],
            scope.now,
            scope.tx,
          );
        }
      }
      return changed;
    });
    return this.get(id);
  }

  /**
   * Takes today's snapshot of every objective whose measure has a value:
   * one row per objective and UTC day, whoever runs it and however often
   * (the store ignores a day already recorded).
   */
  async snapshotAll(): Promise<SnapshotRun> {
    const now = this.work.now();
    const day = now.slice(0, 10);
    const objectives = await this.store.list();
    const values = await this.valuesOf(objectives.map(o => o.measure));
    const snapshots = objectives.flatMap(o => {
      const value = values.get(o.measure)!.value;
      return value === null ? [] : [{ objectiveId: o.id, day, value }];
    });
    const written = await this.store.recordSnapshots(snapshots, now);
    return { day, measured: snapshots.length, written };
  }

  /** Records back-filled snapshots (the demo seed's history). */
  backfill(
    objectiveId: string,
    points: ObjectiveTrendPoint[],
  ): Promise<number> {
    return this.store.recordSnapshots(
      points.map(p => ({ objectiveId, ...p })),
      this.work.now(),
    );
  }

  private async valuesOf(measures: AimsMeasure[]) {
    const values = new Map<AimsMeasure, MeasureValue>();
    for (const m of new Set(measures)) values.set(m, await this.measure(m));
    return values;
  }

  private async withValues(
    records: AimsObjectiveRecord[],
    since?: string,
  ): Promise<AimsObjective[]> {
    const now = this.work.now();
    const today = now.slice(0, 10);
    const from = since ?? daysBefore(today, DEFAULT_TREND_DAYS);
    // The status's pace looks back a fixed window, whatever `since` shows.
    const paceFrom = daysBefore(today, OBJECTIVE_PACE_DAYS);
    const [values, trends] = await Promise.all([
      this.valuesOf(records.map(r => r.measure)),
      this.store.trends(
        records.map(r => r.id),
        from < paceFrom ? from : paceFrom,
      ),
    ]);
    return records.map(record => {
      const current = values.get(record.measure)!;
      const points = trends.get(record.id) ?? [];
      const { status, reason } = objectiveStatus({
        value: current.value,
        target: record.target,
        dueDate: record.dueDate,
        today,
        trend: points,
      });
      const trend = points.filter(p => p.day >= from);
      return {
        ...record,
        current: { ...current, measuredAt: now },
        status,
        statusReason: reason,
        trend,
      };
    });
  }
}
