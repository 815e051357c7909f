import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261202000000_entity_summaries.js';
const TABLES = ['entity_summaries', 'owner_summaries', 'summary_definitions'];

describeOnEachDatabase('the summaries migration on %s', setup => {
  it('goes up, down and up again, leaving the records alone', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    for (const table of TABLES)
      expect(await knex.schema.hasTable(table)).toBe(true);
    await knex('governed_entities').insert({
      entity_ref: 'aisystem:default/x',
      kind: 'aisystem',
      synced_at: '2026-01-01T00:00:00.000Z',
    });
    await knex('entity_summaries').insert({
      entity_ref: 'aisystem:default/x',
      kind: 'aisystem',
      level: 'none',
      as_of: '2026-01-01',
      computed_at: '2026-01-01T00:00:00.000Z',
    });

    await knex.migrate.down({ directory, name: NAME });
    for (const table of TABLES)
      expect(await knex.schema.hasTable(table)).toBe(false);
    expect(
      Number((await knex('governed_entities').count({ n: '*' }))[0].n),
    ).toBe(1);

    await knex.migrate.up({ directory, name: NAME });
    expect(
      Number((await knex('entity_summaries').count({ n: '*' }))[0].n),
    ).toBe(0);
  });

  it('adds the heat map cells and has every summary recomputed, both ways', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    const CELLS = '20261202000003_risk_cells.js';
    const definitions = async () =>
      Number((await knex('summary_definitions').count({ n: '*' }))[0].n);
    // The tables as they were before this migration.
    await knex.migrate.latest({ directory });
    await knex.migrate.down({ directory, name: CELLS });
    // Summaries computed before the cells existed must not be trusted after.
    await knex('summary_definitions').insert({
      id: 1,
      rules: '{}',
      definitions_key: 'computed-without-cells',
      computed_at: '2026-01-01T00:00:00.000Z',
    });
    await knex.migrate.up({ directory, name: CELLS });
    expect(await knex.schema.hasTable('risk_cells')).toBe(true);
    expect(await knex.schema.hasTable('risk_cell_totals')).toBe(true);
    expect(await definitions()).toBe(0);

    await knex.migrate.down({ directory, name: CELLS });
    expect(await knex.schema.hasTable('risk_cells')).toBe(false);
    expect(await knex.schema.hasTable('risk_cell_totals')).toBe(false);
    await knex.migrate.up({ directory, name: CELLS });
    expect(await knex.schema.hasTable('risk_cell_totals')).toBe(true);
  });
});
