import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261207000010_aims_context.js';

const row = (content: string) => ({
  id: 'scope',
  entity_ref: 'aims:default/management-system',
  content,
  version: 1,
  created_at: '2026-12-07T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-12-07T00:00:00.000Z',
  updated_by: 'user:default/ada',
});

describeOnEachDatabase('the AIMS context migration on %s', setup => {
  it('goes up, down and up again, and keeps one row per record id', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('aims_scope').insert(row('{"statement":"All AI"}'));
    await knex('aims_roles').insert({ ...row('{"roles":[]}'), id: 'roles' });
    await expect(knex('aims_scope').insert(row('{}'))).rejects.toThrow();
    // A scope with many parties and issues is one long JSON document.
    const long = 'x'.repeat(100_000);
    await knex('aims_roles')
      .where('id', 'roles')
      .update({ content: JSON.stringify({ long }) });
    const stored = await knex('aims_roles').where('id', 'roles').first();
    expect(JSON.parse(stored.content).long).toHaveLength(100_000);

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('aims_scope')).toBe(false);
    expect(await knex.schema.hasTable('aims_roles')).toBe(false);
    expect(await knex.schema.hasTable('audits')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    for (const table of ['aims_scope', 'aims_roles']) {
      expect(Number((await knex(table).count({ n: '*' }))[0].n)).toBe(0);
    }
  });
});
