import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261203000011_nonconformities.js';
const ID = '00000000-0000-4000-8000-000000000001';

const meta = {
  version: 1,
  created_at: '2026-12-03T00:00:00.000Z',
  created_by: 'user:default/alice',
  updated_at: '2026-12-03T00:00:00.000Z',
  updated_by: 'user:default/alice',
};
const action = (id: string, position: number) => ({
  id,
  nonconformity_id: ID,
  entity_ref: 'aisystem:default/x',
  position,
  description: 'Retrain',
  owner: 'group:default/ml',
  due_date: '2027-01-01',
  status: 'planned',
  evidence_ids: '[]',
});

describeOnEachDatabase('the nonconformities migration on %s', setup => {
  it('goes up, down and up again, and keeps one action per position', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('nonconformities').insert({
      id: ID,
      entity_ref: 'aisystem:default/x',
      source: 'monitoring',
      description: 'Drift past the agreed threshold',
      status: 'open',
      ...meta,
    });
    await knex('corrective_actions').insert(
      action('00000000-0000-4000-8000-00000000000a', 0),
    );
    await expect(
      knex('corrective_actions').insert(
        action('00000000-0000-4000-8000-00000000000b', 0),
      ),
    ).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('nonconformities')).toBe(false);
    expect(await knex.schema.hasTable('corrective_actions')).toBe(false);
    expect(await knex.schema.hasTable('tasks')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(Number((await knex('nonconformities').count({ n: '*' }))[0].n)).toBe(
      0,
    );
  });
});
