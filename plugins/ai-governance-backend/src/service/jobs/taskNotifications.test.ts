import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../../__testUtils__/describeOnEachDatabase';
import { DatabaseNotificationLogStore } from '../../database/NotificationLogStore';
import { createGovernanceServices } from '../services';
import { runTaskNotifications } from './taskNotifications';

const OFFICE = 'group:default/ai-governance-office';
const OPENED = Date.parse('2026-11-01T10:00:00.000Z');
const DAY = 86_400_000;

/*
 * The job on the real database: tasks opened by a material change, the
 * job run again and again, and two replicas' runs racing on one database.
 */
describeOnEachDatabase('task notifications on %s', setup => {
  const db = setup.migratedDatabase();
  let n = 0;

  /** A system of its own with its revalidation and reassessment open since OPENED (due 30 days later). */
  async function openTasks() {
    const services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock: () => new Date(OPENED),
    });
    const entityRef = `aisystem:default/notified-${++n}`;
    const owner = `group:default/team-${n}`;
    await services.entityStore.upsertEntity({
      entityRef,
      kind: 'aisystem',
      title: `System ${n}`,
      ownerRef: owner,
      riskTier: 'high',
      purpose: 'A purpose',
      lifecycle: 'production',
    });
    await services.work.run(scope =>
      services.tasks.openForChange(
        scope,
        entityRef,
        `change-${n}`,
        owner,
        'catalog',
      ),
    );
    const ids = (
      await db.knex('tasks').where('entity_ref', entityRef).orderBy('row_id')
    ).map(t => t.id as string);
    return { entityRef, owner, ids };
  }

  /** One replica's run on its own store instance, at `at`; sends are collected in `sent`. */
  const replica =
    (sent: Array<{ to: string; scope: string }>) => (at: number) =>
      runTaskNotifications({
        log: new DatabaseNotificationLogStore(db.knex),
        notifications: {
          async send(notice: Parameters<NotificationService['send']>[0]) {
            sent.push({
              to: (notice.recipients as { entityRef: string }).entityRef,
              scope: notice.payload.scope!,
            });
          },
        } as NotificationService,
        parentOf: async group => `${group}-dept`,
        settings: {
          escalateAfterDays: 7,
          enabled: { opened: true, due: true, escalated: true },
          governanceOffice: OFFICE,
        },
        logger: mockServices.logger.mock(),
        clock: () => new Date(at),
      });

  afterEach(async () => {
    // Each test sees only its own tasks.
    await db.knex('task_notifications').delete();
    await db.knex('tasks').update({ status: 'done', open_key: null });
  });

  it('sends one notification per task and event however often the job runs', async () => {
    const { owner, ids } = await openTasks();
    const sent: Array<{ to: string; scope: string }> = [];
    const run = replica(sent);
    await run(OPENED + DAY);
    await run(OPENED + DAY);
    expect(sent).toEqual(
      ids.map(id => ({ to: owner, scope: `ai-governance:task:${id}:opened` })),
    );
    // Due on day 30, escalated from day 37: each once, to the assignee and then the group above.
    await run(OPENED + 30 * DAY);
    await run(OPENED + 31 * DAY);
    await run(OPENED + 37 * DAY);
    await run(OPENED + 40 * DAY);
    expect(sent.slice(ids.length)).toEqual([
      ...ids.map(id => ({ to: owner, scope: `ai-governance:task:${id}:due` })),
      ...ids.map(id => ({
        to: `${owner}-dept`,
        scope: `ai-governance:task:${id}:escalated`,
      })),
    ]);
    expect(await db.count('task_notifications')).toBe(3 * ids.length);
  });

  it('sends nothing of a task closed before the job saw it', async () => {
    const { entityRef } = await openTasks();
    await db
      .knex('tasks')
      .where('entity_ref', entityRef)
      .orderBy('row_id')
      .update({
        status: 'done',
        open_key: null,
      });
    const sent: Array<{ to: string; scope: string }> = [];
    await replica(sent)(OPENED + 40 * DAY);
    expect(sent).toEqual([]);
  });

  it('sends each notification once when two replicas run at the same time', async () => {
    const systems = [await openTasks(), await openTasks(), await openTasks()];
    const sent: Array<{ to: string; scope: string }> = [];
    const at = OPENED + 40 * DAY;
    await Promise.all([replica(sent)(at), replica(sent)(at)]);
    const ids = systems.flatMap(s => s.ids);
    expect(sent.map(s => s.scope).sort()).toEqual(
      ids
        .flatMap(id =>
          ['opened', 'due', 'escalated'].map(
            e => `ai-governance:task:${id}:${e}`,
          ),
        )
        .sort(),
    );
  });
});
