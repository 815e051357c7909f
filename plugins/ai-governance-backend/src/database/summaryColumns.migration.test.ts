import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

/*
 * The migrations that add a record type's fact columns to the entity
 * summaries (and measures to the owners' totals): each adds them, and both
 * ways drops the recorded definitions so summaries computed without them are
 * not trusted (reads fall back to the records until the recompute).
 */
const MIGRATIONS: Array<{
  name: string;
  what: string;
  columns: string[];
  ownerColumns?: string[];
}> = [
  {
    name: '20261203000001_task_summaries.js',
    what: 'the open and overdue revalidations and overdue tasks, and per owner the overdue tasks',
    columns: ['revalidation_due', 'overdue_revalidations', 'overdue_tasks'],
    ownerColumns: ['overdue_tasks'],
  },
  {
    name: '20261203000012_corrective_action_summaries.js',
    what: 'the overdue corrective actions',
    columns: ['overdue_corrective_actions'],
  },
  {
    name: '20261203000013_incident_summaries.js',
    what: 'the open serious incidents',
    columns: ['open_serious_incidents'],
  },
  {
    name: '20261203000015_team_incident_summaries.js',
    what: 'the open incidents, and per owner the open and open serious ones',
    columns: ['open_incidents'],
    ownerColumns: ['open_incidents', 'open_serious_incidents'],
  },
];

describeOnEachDatabase('the summary column migrations on %s', setup => {
  it.each(MIGRATIONS)(
    '$name adds $what to the summaries and has every summary recomputed, both ways',
    async ({ name, columns, ownerColumns = [] }) => {
      const knex = await setup.freshDatabase();
      const directory = resolvePackagePath(
        '@aigov/plugin-ai-governance-backend',
        'migrations',
      );
      const definitions = async () =>
        Number((await knex('summary_definitions').count({ n: '*' }))[0].n);
      const hasColumns = async () => [
        ...(await Promise.all(
          columns.map(c => knex.schema.hasColumn('entity_summaries', c)),
        )),
        ...(await Promise.all(
          ownerColumns.map(c => knex.schema.hasColumn('owner_summaries', c)),
        )),
      ];
      const all = (value: boolean) =>
        [...columns, ...ownerColumns].map(() => value);
      const computed = (key: string) =>
        knex('summary_definitions').insert({
          id: 1,
          rules: '{}',
          definitions_key: key,
          computed_at: '2026-01-01T00:00:00.000Z',
        });
      await knex.migrate.latest({ directory });
      await knex.migrate.down({ directory, name });
      expect(await hasColumns()).toEqual(all(false));
      await knex('entity_summaries').insert({
        entity_ref: 'aisystem:default/x',
        kind: 'aisystem',
        level: 'gold',
        as_of: '2026-01-01',
        computed_at: '2026-01-01T00:00:00.000Z',
      });
      await knex('owner_summaries').insert({ owner_ref: 'group:default/ml' });
      // Summaries computed without the columns must not be trusted after.
      await computed(`computed-without-${name}`);

      await knex.migrate.up({ directory, name });
      expect(await hasColumns()).toEqual(all(true));
      expect(await definitions()).toBe(0);
      // The rows stay until the recompute replaces them, their new counts zero.
      expect(await knex('entity_summaries').first(...columns)).toEqual(
        Object.fromEntries(columns.map(c => [c, 0])),
      );
      const owner = await knex('owner_summaries').first();
      for (const c of ownerColumns) expect(Number(owner[c])).toBe(0);

      await computed(`computed-with-${name}`);
      await knex.migrate.down({ directory, name });
      expect(await hasColumns()).toEqual(all(false));
      expect(await definitions()).toBe(0);
      expect(
        Number((await knex('entity_summaries').count({ n: '*' }))[0].n),
      ).toBe(1);
    },
  );
});
