import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261203000003_task_notifications.js';
const TASK = '00000000-0000-4000-8000-000000000001';

const sent = (event: string) => ({
  task_id: TASK,
  event,
  recipient: 'group:default/ml',
  sent_at: '2026-12-03T00:00:00.000Z',
});

describeOnEachDatabase('the task notifications migration on %s', setup => {
  it('goes up, down and up again, and refuses a second record of one task and event', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('task_notifications')).toBe(true);
    await knex('task_notifications').insert(sent('opened'));
    await expect(
      knex('task_notifications').insert(sent('opened')),
    ).rejects.toThrow();
    // Each event of the task is its own record.
    await knex('task_notifications').insert([sent('due'), sent('escalated')]);

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('task_notifications')).toBe(false);
    expect(await knex.schema.hasTable('tasks')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(
      Number((await knex('task_notifications').count({ n: '*' }))[0].n),
    ).toBe(0);
  });
});
