import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261202000005_tasks.js';

const task = (id: string, openKey: string | null) => ({
  id,
  entity_ref: 'aisystem:default/x',
  kind: 'revalidation',
  cause_type: 'change',
  cause_id: null,
  control_ids: '[]',
  assignee: 'group:default/ml',
  due_at: '2027-01-01',
  status: openKey ? 'open' : 'done',
  evidence_ids: '[]',
  open_key: openKey,
  version: 1,
  created_at: '2026-12-02T00:00:00.000Z',
  created_by: 'catalog',
  updated_at: '2026-12-02T00:00:00.000Z',
  updated_by: 'catalog',
});

describeOnEachDatabase('the tasks migration on %s', setup => {
  it('goes up, down and up again, and refuses a second open revalidation of one entity', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('tasks')).toBe(true);
    await knex('tasks').insert(
      task('00000000-0000-4000-8000-000000000001', 'revalidation'),
    );
    await expect(
      knex('tasks').insert(
        task('00000000-0000-4000-8000-000000000002', 'revalidation'),
      ),
    ).rejects.toThrow();
    // Closed tasks carry no key, so any number of them coexist.
    await knex('tasks').insert([
      task('00000000-0000-4000-8000-000000000003', null),
      task('00000000-0000-4000-8000-000000000004', null),
    ]);

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('tasks')).toBe(false);
    expect(await knex.schema.hasTable('entity_changes')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(await knex.schema.hasTable('tasks')).toBe(true);
    expect(Number((await knex('tasks').count({ n: '*' }))[0].n)).toBe(0);
  });
});
