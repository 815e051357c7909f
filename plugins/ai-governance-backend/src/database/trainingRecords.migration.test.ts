import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261207000050_training_records.js';

const row = (courseId: string, expiresAt: string | null) => ({
  id: '5c1f0e6a-8d3b-4a8e-9c55-2b1d7e0f4a10',
  entity_ref: 'user:default/ada',
  course_id: courseId,
  completed_at: '2026-01-15',
  expires_at: expiresAt,
  evidence: '',
  recorded_by: 'user:default/ada',
  version: 1,
  created_at: '2026-01-15T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-01-15T00:00:00.000Z',
  updated_by: 'user:default/ada',
});

describeOnEachDatabase('the training records migration on %s', setup => {
  it('goes up, down and up again, keeps one row per id and allows no expiry', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('training_records').insert(row('ai-literacy', null));
    const [stored] = await knex('training_records').select('expires_at');
    expect(stored.expires_at).toBeNull();
    await expect(
      knex('training_records').insert(row('ai-literacy', '2027-01-15')),
    ).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('training_records')).toBe(false);
    expect(await knex.schema.hasTable('audits')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(
      Number((await knex('training_records').count({ n: '*' }))[0].n),
    ).toBe(0);
  });
});
