import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261203000001_task_summaries.js';
const ENTITY_COLUMNS = [
  'revalidation_due',
  'overdue_revalidations',
  'overdue_tasks',
];

describeOnEachDatabase('the task summaries migration on %s', setup => {
  it('adds the task facts to the summaries and has every summary recomputed, both ways', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    const definitions = async () =>
      Number((await knex('summary_definitions').count({ n: '*' }))[0].n);
    const hasColumns = async () => [
      ...(await Promise.all(
        ENTITY_COLUMNS.map(c => knex.schema.hasColumn('entity_summaries', c)),
      )),
      await knex.schema.hasColumn('owner_summaries', 'overdue_tasks'),
    ];
    // The tables as they were before this migration, with a summary in them.
    await knex.migrate.latest({ directory });
    await knex.migrate.down({ directory, name: NAME });
    expect(await hasColumns()).toEqual([false, false, false, false]);
    await knex('entity_summaries').insert({
      entity_ref: 'aisystem:default/x',
      kind: 'aisystem',
      level: 'gold',
      as_of: '2026-01-01',
      computed_at: '2026-01-01T00:00:00.000Z',
    });
    await knex('owner_summaries').insert({ owner_ref: 'group:default/ml' });
    // Summaries computed without tasks must not be trusted after.
    await knex('summary_definitions').insert({
      id: 1,
      rules: '{}',
      definitions_key: 'computed-without-tasks',
      computed_at: '2026-01-01T00:00:00.000Z',
    });

    await knex.migrate.up({ directory, name: NAME });
    expect(await hasColumns()).toEqual([true, true, true, true]);
    expect(await definitions()).toBe(0);
    // The rows stay until the recompute replaces them, their new facts zero.
    expect(await knex('entity_summaries').first(...ENTITY_COLUMNS)).toEqual({
      revalidation_due: 0,
      overdue_revalidations: 0,
      overdue_tasks: 0,
    });
    const owner = await knex('owner_summaries').first('overdue_tasks');
    expect(Number(owner.overdue_tasks)).toBe(0);

    await knex('summary_definitions').insert({
      id: 1,
      rules: '{}',
      definitions_key: 'computed-with-tasks',
      computed_at: '2026-01-02T00:00:00.000Z',
    });
    await knex.migrate.down({ directory, name: NAME });
    expect(await hasColumns()).toEqual([false, false, false, false]);
    expect(await definitions()).toBe(0);
    expect(
      Number((await knex('entity_summaries').count({ n: '*' }))[0].n),
    ).toBe(1);
  });
});
