import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261207000040_aims_documents.js';

const row = (title: string) => ({
  id: '0f3c7a52-5b8e-4d6a-9c2f-7e1d4b6a8c01',
  entity_ref: 'aims:default/management-system',
  kind: 'policy',
  topic: 'ai-policy',
  title,
  owner: 'group:default/ai-governance-office',
  review_months: 12,
  versions: '[]',
  current_version: null,
  next_review_at: null,
  version: 1,
  created_at: '2026-12-07T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-12-07T00:00:00.000Z',
  updated_by: 'user:default/ada',
});

describeOnEachDatabase('the AIMS documents migration on %s', setup => {
  it('goes up, down and up again, and keeps one row per document id', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('aims_documents').insert(row('AI policy'));
    await expect(
      knex('aims_documents').insert(row('Another AI policy')),
    ).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('aims_documents')).toBe(false);
    expect(await knex.schema.hasTable('audits')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(Number((await knex('aims_documents').count({ n: '*' }))[0].n)).toBe(
      0,
    );
  });
});
