import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261202000004_changes.js';

const change = (field: string) => ({
  id: `00000000-0000-4000-8000-${String(field.length).padStart(12, '0')}`,
  entity_ref: 'aisystem:default/x',
  snapshot_version: 2,
  field,
  change: 'changed',
  before: '"1"',
  after: '"2"',
  material: true,
  detected_at: '2026-12-02T00:00:00.000Z',
  history_seq: 1,
});

describeOnEachDatabase('the changes migration on %s', setup => {
  it('goes up, down and up again, and refuses a change recorded twice', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('change_snapshots')).toBe(true);
    expect(await knex.schema.hasTable('entity_changes')).toBe(true);
    await knex('entity_changes').insert(change('spec.riskTier'));
    // The second guard behind the writers' lock: one record per field and
    // snapshot version.
    await expect(
      knex('entity_changes').insert({
        ...change('spec.riskTier'),
        id: '00000000-0000-4000-8000-999999999999',
      }),
    ).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('change_snapshots')).toBe(false);
    expect(await knex.schema.hasTable('entity_changes')).toBe(false);
    expect(await knex.schema.hasTable('history')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(await knex.schema.hasTable('entity_changes')).toBe(true);
    expect(Number((await knex('entity_changes').count({ n: '*' }))[0].n)).toBe(
      0,
    );
  });
});
