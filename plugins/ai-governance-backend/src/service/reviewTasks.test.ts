import { randomUUID } from 'node:crypto';
import { mockServices } from '@backstage/backend-test-utils';
import type { SchedulerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { DatabaseTaskStore } from '../database/TaskStore';
import { openReviewTasks, scheduleReviewTasks } from './jobs/reviews';
import { DEFAULT_TASK_SCHEDULE } from './reviewSchedule';
import { createGovernanceServices } from './services';

/*
 * The scheduled job that opens periodic reviews, expiry notices and
 * approval tasks, on a fake clock: what it opens, when it is due, and that
 * running it again opens nothing more.
 */

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const OFFICE = 'group:default/ai-governance-office';
const START = Date.parse('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describeOnEachDatabase('scheduled review tasks on %s', setup => {
  const db = setup.migratedDatabase();
  let now = START;
  let n = 0;

  /** Services on the shared database at the test's clock, with a system of its own. */
  async function system(riskTier: string) {
    const services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock: () => new Date(now),
    });
    const entityRef = `aisystem:default/reviewed-${++n}`;
    const owner = `group:default/team-${n}`;
    await services.entityStore.upsertEntity({
      entityRef,
      kind: 'aisystem',
      title: 'A system',
      ownerRef: owner,
      riskTier,
      purpose: 'A purpose',
      lifecycle: 'production',
    });
    const run = () =>
      openReviewTasks({
        tasks: services.tasks,
        scheduler: {} as SchedulerService,
        logger: mockServices.logger.mock(),
        settings: DEFAULT_TASK_SCHEDULE,
        governanceOffice: OFFICE,
      });
    const tasks = async (): Promise<Task[]> =>
      (await services.tasks.listForEntity(entityRef, { limit: 100 })).items
        .slice()
        .reverse();
    const open = async () =>
      (await tasks())
        .filter(t => t.status === 'open')
        .map(t => [t.kind, t.dueAt]);
    return { services, entityRef, owner, run, tasks, open };
  }

  it('opens the reviews of a high-tier system due from its first sighting, once', async () => {
    now = START;
    const { entityRef, owner, run, tasks } = await system('high');
    expect((await run()).opened).toBeGreaterThanOrEqual(3);
    const opened = await tasks();
    expect(opened.map(t => [t.kind, t.dueAt])).toEqual([
      ['risk-review', date(START + 90 * DAY)],
      ['bias-review', date(START + 90 * DAY)],
      ['drift-review', date(START + 30 * DAY)],
    ]);
    expect(opened[2]).toMatchObject({
      entityRef,
      cause: { type: 'schedule', id: null },
      controlIds: ['A.6.2.6'],
      assignee: owner,
      status: 'open',
      createdBy: 'schedule',
    });
    const events = await db
      .knex('history')
      .where({ entity_ref: entityRef, record_type: 'task' })
      .orderBy('seq');
    expect(events.map(e => [e.action, e.actor, e.record_id])).toEqual(
      opened.map(t => ['create', 'schedule', t.id]),
    );

    expect(await run()).toEqual({ opened: 0, completed: 0 });
    expect(await tasks()).toHaveLength(3);
  });

  it('gives a limited system its reviews and a minimal one only a risk review', async () => {
    now = START;
    const limited = await system('limited');
    const minimal = await system('minimal');
    const prohibited = await system('prohibited');
    // A page of one entity per unit of work still reaches every entity.
    await minimal.services.tasks.openScheduled(
      DEFAULT_TASK_SCHEDULE,
      OFFICE,
      1,
    );
    expect(await limited.open()).toEqual([
      ['risk-review', date(START + 180 * DAY)],
      ['bias-review', date(START + 180 * DAY)],
      ['drift-review', date(START + 90 * DAY)],
    ]);
    expect(await minimal.open()).toEqual([
      ['risk-review', date(START + 365 * DAY)],
    ]);
    expect(await prohibited.open()).toEqual([]);
  });

  it('counts from the first record of a system seen before the schedule', async () => {
    now = START;
    const { services, entityRef, run, open } = await system('high');
    await services.assessments.create(entityRef, { type: 'risk' }, ALICE);
    now = START + 100 * DAY;
    await run();
    // Overdue at once: no review in the 100 days since it was first recorded.
    expect(await open()).toEqual([
      ['risk-review', date(START + 90 * DAY)],
      ['bias-review', date(START + 90 * DAY)],
      ['drift-review', date(START + 30 * DAY)],
    ]);
  });

  it('moves the next review to its interval after the last one was completed', async () => {
    now = START;
    const { services, run, tasks, open } = await system('minimal');
    await run();
    const [review] = await tasks();
    now = START + 20 * DAY;
    await services.tasks.complete(
      review.id,
      review.version,
      { outcome: 'Reviewed the register', evidenceIds: [] },
      ALICE,
    );
    expect(await open()).toEqual([]);
    await run();
    expect(await open()).toEqual([
      ['risk-review', date(START + 20 * DAY + 365 * DAY)],
    ]);
    await run();
    expect(await tasks()).toHaveLength(2);
  });

  it('opens an expiry task for an acceptance and evidence expiring within 30 days, once each', async () => {
    now = START;
    const { services, entityRef, owner, run, tasks } = await system('minimal');
    const risk = (title: string) =>
      services.risks.create(
        entityRef,
        {
          title,
          category: 'robustness',
          lifecycleStage: 'operation',
          likelihood: 2,
          impact: 2,
          status: 'open',
          treatment: 'accept',
        },
        ALICE,
      );
    const soon = await risk('Expires soon');
    const later = await risk('Expires later');
    const accepted = await services.risks.accept(
      soon.id,
      soon.version,
      date(START + 10 * DAY),
      BOB,
    );
    await services.risks.accept(
      later.id,
      later.version,
      date(START + 60 * DAY),
      BOB,
    );
    const evidence = (title: string, days: number) =>
      services.evidence.create(
        entityRef,
        {
          title,
          kind: 'report',
          url: 'https://example.com/report',
          collectedAt: '2026-06-01T00:00:00.000Z',
          expiresAt: new Date(START + days * DAY).toISOString(),
          controlIds: [],
          riskIds: [],
        },
        ALICE,
      );
    const expiring = await evidence('Bias test', 5);
    await evidence('Pen test', 45);

    await run();
    await run();
    const expiries = (await tasks()).filter(t => t.kind !== 'risk-review');
    expect(expiries).toEqual([
      expect.objectContaining({
        kind: 'acceptance-expiry',
        cause: { type: 'risk', id: soon.id },
        dueAt: date(START + 10 * DAY),
        assignee: owner,
        status: 'open',
      }),
      expect.objectContaining({
        kind: 'evidence-expiry',
        cause: { type: 'evidence', id: expiring.id },
        dueAt: date(START + 5 * DAY),
        assignee: owner,
      }),
    ]);

    // Handled, it stays handled; a renewed acceptance gets its own notice.
    await services.tasks.complete(
      expiries[0].id,
      expiries[0].version,
      { outcome: 'Renewing', evidenceIds: [] },
      ALICE,
    );
    await run();
    expect(await tasks()).toHaveLength(3);
    now = START + 9 * DAY;
    await services.risks.accept(
      soon.id,
      accepted.version,
      date(START + 30 * DAY),
      BOB,
    );
    await run();
    expect(
      (await tasks())
        .filter(t => t.kind === 'acceptance-expiry')
        .map(t => [t.cause.id, t.dueAt, t.status]),
    ).toEqual([
      [soon.id, date(START + 10 * DAY), 'done'],
      [soon.id, date(START + 30 * DAY), 'open'],
    ]);
  });

  it('opens an approval task for an assessment in review and completes it once approved', async () => {
    now = START;
    const { services, entityRef, run, tasks } = await system('minimal');
    const draft = await services.assessments.create(
      entityRef,
      { type: 'impact' },
      ALICE,
    );
    await run();
    expect((await tasks()).map(t => t.kind)).toEqual(['risk-review']);

    const inReview = await services.assessments.update(
      draft.id,
      draft.version,
      { status: 'in-review' },
      ALICE,
    );
    await run();
    await run();
    const [approval] = (await tasks()).filter(
      t => t.kind === 'assessment-approval',
    );
    expect(approval).toMatchObject({
      cause: { type: 'assessment', id: draft.id },
      assignee: OFFICE,
      dueAt: date(START + 30 * DAY),
      status: 'open',
    });
    expect((await tasks()).length).toBe(2);

    now = START + 2 * DAY;
    await services.assessments.approve(inReview.id, inReview.version, BOB);
    expect(await run()).toMatchObject({ completed: 1 });
    expect(await services.tasks.get(approval.id)).toMatchObject({
      status: 'done',
      completedBy: BOB,
      completedAt: new Date(START + 2 * DAY).toISOString(),
      updatedBy: 'schedule',
      version: 2,
    });
    expect(await run()).toEqual({ opened: 0, completed: 0 });
    expect((await tasks()).length).toBe(2);
  });

  it('writes no second open copy of a key, as a concurrent pass would try', async () => {
    now = START;
    const { services, entityRef, run, open } = await system('minimal');
    await run();
    const store = new DatabaseTaskStore(db.knex);
    const copy = await db.knex.transaction(tx =>
      store.insertIfNone(
        tx,
        {
          id: randomUUID(),
          entityRef,
          kind: 'risk-review',
          cause: { type: 'schedule', id: null },
          controlIds: [],
          assignee: null,
          dueAt: '2030-01-01',
        },
        'risk-review',
        'schedule',
        new Date(now).toISOString(),
      ),
    );
    expect(copy).toBeUndefined();
    expect(await open()).toEqual([['risk-review', date(START + 365 * DAY)]]);
    // Every task the job opened or completed is bound to its history.
    expect(await services.integrity.verify()).toMatchObject({ ok: true });
  });
});

describe('scheduleReviewTasks', () => {
  it('schedules the job once across replicas', async () => {
    const scheduleTask = jest.fn();
    await scheduleReviewTasks({
      scheduler: { scheduleTask } as unknown as SchedulerService,
      logger: mockServices.logger.mock(),
      tasks: {} as never,
      settings: DEFAULT_TASK_SCHEDULE,
      governanceOffice: OFFICE,
    });
    expect(
      scheduleTask.mock.calls.map(([task]) => [task.id, task.scope]),
    ).toEqual([['ai-governance-review-tasks', 'global']]);
  });
});
