import knexFactory, { type Knex } from 'knex';
import { mockServices } from '@backstage/backend-test-utils';
import type { SchedulerService } from '@backstage/backend-plugin-api';
import {
  type AimsObjective,
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../../__testUtils__/describeOnEachDatabase';
import { createGovernanceServices } from '../services';
import {
  scheduleObjectiveSnapshots,
  snapshotObjectives,
} from './objectiveSnapshots';

const ALICE = 'user:default/alice';
const CREATED = Date.parse('2026-11-30T15:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/*
 * The daily snapshot on the real database, as replicas run it: two
 * backends, each with its own services and (on PostgreSQL) its own pool of
 * connections to the one database, run the job at the same moment, again
 * later the same day, and the next day.
 */
describeOnEachDatabase('objective snapshots on %s', setup => {
  const db = setup.migratedDatabase();
  let other: Knex | undefined;

  afterAll(async () => {
    await other?.destroy();
  });

  /** A replica on its own pool where the database allows one (SQLite in memory is one connection). */
  function replica(at: () => number) {
    const config = db.knex.client.config as Knex.Config;
    if (!other && config.client === 'pg') other = knexFactory(config);
    return (knex: Knex) =>
      createGovernanceServices({
        knex,
        riskMatrix: DEFAULT_RISK_MATRIX,
        rules: DEFAULT_SCORECARD_RULES,
        clock: () => new Date(at()),
      });
  }

  it('writes one snapshot per objective and UTC day, however many replicas run it and however often', async () => {
    let now = CREATED;
    const services = replica(() => now);
    const a = services(db.knex);
    const b = services(other ?? db.knex);
    const logger = mockServices.logger.mock();
    await a.entityStore.upsertEntity({
      entityRef: 'aisystem:default/snapshotted',
      kind: 'aisystem',
      title: 'Snapshotted',
      ownerRef: 'group:default/team',
      riskTier: 'high',
      purpose: 'A purpose',
      lifecycle: 'production',
    });
    const objectives: AimsObjective[] = [];
    for (const measure of [
      'open-critical-risks',
      'open-nonconformities',
      'clause-readiness',
    ] as const) {
      objectives.push(
        await a.objectives.create(
          {
            title: `Objective on ${measure}`,
            description: '',
            owner: 'group:default/team',
            measure,
            target: { value: 0, direction: 'at-most' },
            dueDate: '2027-06-30',
          },
          ALICE,
        ),
      );
    }
    // Created on the 30th: the first snapshot is that day's.
    expect(objectives.map(o => o.trend.map(p => p.day))).toEqual([
      ['2026-11-30'],
      ['2026-11-30'],
      ['2026-11-30'],
    ]);
    const rows = async () =>
      (
        await db
          .knex('aims_objective_snapshots')
          .orderBy(['objective_id', 'day'])
      )
        .filter(r => objectives.some(o => o.id === r.objective_id))
        .map(r => `${r.objective_id} ${r.day}`);
    const perDay = async (day: string) =>
      (await rows()).filter(r => r.endsWith(day)).length;

    // A critical risk is recorded before the next day's snapshot.
    await a.risks.create(
      'aisystem:default/snapshotted',
      {
        title: 'Declines drift upwards',
        category: 'robustness',
        lifecycleStage: 'operation',
        likelihood: 5,
        impact: 5,
        treatment: 'mitigate',
        status: 'open',
      },
      ALICE,
    );

    now = CREATED + DAY - 14 * HOUR; // 2026-12-01T01:00Z
    const [first, second] = await Promise.all([
      snapshotObjectives(a.objectives, logger),
      snapshotObjectives(b.objectives, logger),
    ]);
    expect(first.written + second.written).toBe(3);
    expect(await perDay('2026-12-01')).toBe(3);

    now += 10 * HOUR; // later the same day, on both again
    const again = await Promise.all([
      snapshotObjectives(a.objectives, logger),
      snapshotObjectives(b.objectives, logger),
    ]);
    expect(again.map(r => r.written)).toEqual([0, 0]);
    expect(await perDay('2026-12-01')).toBe(3);

    now += DAY; // the next day adds one each
    await Promise.all([
      snapshotObjectives(b.objectives, logger),
      snapshotObjectives(a.objectives, logger),
    ]);
    expect(await perDay('2026-12-02')).toBe(3);
    expect(await rows()).toHaveLength(9);

    const [risks] = await a.objectives.list('2026-11-01');
    expect(risks.measure).toBe('open-critical-risks');
    expect(risks.trend).toEqual([
      { day: '2026-11-30', value: 0 },
      { day: '2026-12-01', value: 1 },
      { day: '2026-12-02', value: 1 },
    ]);
    expect(risks.status).toBe('at-risk');
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('objective snapshots for 2026-12-01'),
    );
  });
});

describe('scheduleObjectiveSnapshots', () => {
  it('schedules the snapshots once across replicas', async () => {
    const scheduleTask = jest.fn();
    await scheduleObjectiveSnapshots({
      scheduler: { scheduleTask } as unknown as SchedulerService,
      logger: mockServices.logger.mock(),
      objectives: {} as never,
    });
    expect(scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'ai-governance-objective-snapshots',
        scope: 'global',
      }),
    );
  });
});
