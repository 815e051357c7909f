import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

/*
 * The migrations that add one record type's fact column to the entity
 * summaries: each adds it, and both ways drops the recorded definitions so
 * summaries computed without it are not trusted (reads fall back to the
 * records until the recompute).
 */
const MIGRATIONS = [
  {
    name: '20261203000012_corrective_action_summaries.js',
    what: 'the overdue corrective actions',
    column: 'overdue_corrective_actions',
  },
  {
    name: '20261203000013_incident_summaries.js',
    what: 'the open serious incidents',
    column: 'open_serious_incidents',
  },
];

describeOnEachDatabase('the summary column migrations on %s', setup => {
  it.each(MIGRATIONS)(
    '$name adds $what to the summaries and has every summary recomputed, both ways',
    async ({ name, column }) => {
      const knex = await setup.freshDatabase();
      const directory = resolvePackagePath(
        '@aigov/plugin-ai-governance-backend',
        'migrations',
      );
      const definitions = async () =>
        Number((await knex('summary_definitions').count({ n: '*' }))[0].n);
      const hasColumn = () => knex.schema.hasColumn('entity_summaries', column);
      const computed = (key: string) =>
        knex('summary_definitions').insert({
          id: 1,
          rules: '{}',
          definitions_key: key,
          computed_at: '2026-01-01T00:00:00.000Z',
        });
      await knex.migrate.latest({ directory });
      await knex.migrate.down({ directory, name });
      expect(await hasColumn()).toBe(false);
      await knex('entity_summaries').insert({
        entity_ref: 'aisystem:default/x',
        kind: 'aisystem',
        level: 'gold',
        as_of: '2026-01-01',
        computed_at: '2026-01-01T00:00:00.000Z',
      });
      // Summaries computed without the column must not be trusted after.
      await computed(`computed-without-${column}`);

      await knex.migrate.up({ directory, name });
      expect(await hasColumn()).toBe(true);
      expect(await definitions()).toBe(0);
      expect(await knex('entity_summaries').first(column)).toEqual({
        [column]: 0,
      });

      await computed(`computed-with-${column}`);
      await knex.migrate.down({ directory, name });
      expect(await hasColumn()).toBe(false);
      expect(await definitions()).toBe(0);
      expect(
        Number((await knex('entity_summaries').count({ n: '*' }))[0].n),
      ).toBe(1);
    },
  );
});
