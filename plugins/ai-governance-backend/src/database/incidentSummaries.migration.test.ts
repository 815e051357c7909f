import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261203000013_incident_summaries.js';

describeOnEachDatabase('the incident summaries migration on %s', setup => {
  it('adds the open serious incidents to the summaries and has every summary recomputed, both ways', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    const definitions = async () =>
      Number((await knex('summary_definitions').count({ n: '*' }))[0].n);
    const hasColumn = () =>
      knex.schema.hasColumn('entity_summaries', 'open_serious_incidents');
    const computed = (key: string) =>
      knex('summary_definitions').insert({
        id: 1,
        rules: '{}',
        definitions_key: key,
        computed_at: '2026-01-01T00:00:00.000Z',
      });
    await knex.migrate.latest({ directory });
    await knex.migrate.down({ directory, name: NAME });
    expect(await hasColumn()).toBe(false);
    await knex('entity_summaries').insert({
      entity_ref: 'aisystem:default/x',
      kind: 'aisystem',
      level: 'gold',
      as_of: '2026-01-01',
      computed_at: '2026-01-01T00:00:00.000Z',
    });
    // Summaries computed without incidents must not be trusted after.
    await computed('computed-without-incidents');

    await knex.migrate.up({ directory, name: NAME });
    expect(await hasColumn()).toBe(true);
    expect(await definitions()).toBe(0);
    expect(
      await knex('entity_summaries').first('open_serious_incidents'),
    ).toEqual({ open_serious_incidents: 0 });

    await computed('computed-with-incidents');
    await knex.migrate.down({ directory, name: NAME });
    expect(await hasColumn()).toBe(false);
    expect(await definitions()).toBe(0);
    expect(
      Number((await knex('entity_summaries').count({ n: '*' }))[0].n),
    ).toBe(1);
  });
});
