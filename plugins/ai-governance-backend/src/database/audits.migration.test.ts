import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261204000010_audits.js';

const row = (year: number) => ({
  id: '7b0e3c1e-2f4a-4c57-9d1e-0c6a1f0b9a01',
  entity_ref: 'aims:default/management-system',
  year,
  title: 'Risk management',
  scope: '{"clauses":[],"controls":[],"systems":[]}',
  auditors: '["user:default/ada"]',
  lead_auditor: 'user:default/ada',
  planned_start: '2026-12-01',
  planned_end: '2026-12-05',
  status: 'planned',
  summary: '',
  findings: '[]',
  version: 1,
  created_at: '2026-12-03T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-12-03T00:00:00.000Z',
  updated_by: 'user:default/ada',
});

describeOnEachDatabase('the audit migration on %s', setup => {
  it('goes up, down and up again, and keeps one row per audit id', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('audits').insert(row(2026));
    await expect(knex('audits').insert(row(2027))).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('audits')).toBe(false);
    expect(await knex.schema.hasTable('aims_clause_assessments')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(Number((await knex('audits').count({ n: '*' }))[0].n)).toBe(0);
  });
});
