import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261203000030_aims_clauses.js';

const row = (status: string) => ({
  clause_id: '6.1.2',
  entity_ref: 'aims:default/management-system',
  status,
  notes: '',
  evidence_links: '[]',
  version: 1,
  created_at: '2026-12-03T00:00:00.000Z',
  created_by: 'user:default/olga',
  updated_at: '2026-12-03T00:00:00.000Z',
  updated_by: 'user:default/olga',
});

describeOnEachDatabase('the clause assessment migration on %s', setup => {
  it('goes up, down and up again, and keeps one assessment per clause', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('aims_clause_assessments').insert(row('partial'));
    await expect(
      knex('aims_clause_assessments').insert(row('gap')),
    ).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('aims_clause_assessments')).toBe(false);
    expect(await knex.schema.hasTable('nonconformities')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(
      Number((await knex('aims_clause_assessments').count({ n: '*' }))[0].n),
    ).toBe(0);
  });
});
