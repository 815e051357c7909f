import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { managementReviewRow } from '../__testUtils__/managementReviewRow';

const NAME = '20261207000060_management_reviews.js';

const ID = '3c1d0e7a-5b2f-4a8e-9c61-2f0d7e4b8a11';

describeOnEachDatabase('the management review migration on %s', setup => {
  it('goes up, down and up again, and keeps one row per review id', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('management_reviews').insert(
      managementReviewRow(ID, 'Review 2026'),
    );
    await expect(
      knex('management_reviews').insert(
        managementReviewRow(ID, 'The same id again'),
      ),
    ).rejects.toThrow();

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('management_reviews')).toBe(false);
    expect(await knex.schema.hasTable('audits')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(
      Number((await knex('management_reviews').count({ n: '*' }))[0].n),
    ).toBe(0);
  });
});
