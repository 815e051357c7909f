import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261207000030_aims_objectives.js';
const ID = '5b0e3c1e-2f4a-4c57-9d1e-0c6a1f0b9a02';

const objective = {
  id: ID,
  entity_ref: 'aims:default/management-system',
  title: 'No open critical risks',
  description: '',
  owner: 'group:default/ai-governance-office',
  measure: 'open-critical-risks',
  target_value: 0,
  target_direction: 'at-most',
  due_date: '2027-06-30',
  version: 1,
  created_at: '2026-12-07T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-12-07T00:00:00.000Z',
  updated_by: 'user:default/ada',
};

const snapshot = (day: string, value: number) => ({
  objective_id: ID,
  day,
  value,
  recorded_at: `${day}T00:05:00.000Z`,
});

describeOnEachDatabase('the objectives migration on %s', setup => {
  it('goes up, down and up again, with one snapshot per objective and day', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('aims_objectives').insert(objective);
    await expect(knex('aims_objectives').insert(objective)).rejects.toThrow();

    await knex('aims_objective_snapshots').insert(snapshot('2026-12-06', 2.5));
    await knex('aims_objective_snapshots').insert(snapshot('2026-12-07', 2));
    await expect(
      knex('aims_objective_snapshots').insert(snapshot('2026-12-07', 1)),
    ).rejects.toThrow();
    // The insert the job makes: a second one for the day is ignored.
    await knex('aims_objective_snapshots')
      .insert(snapshot('2026-12-07', 1))
      .onConflict(['objective_id', 'day'])
      .ignore();
    const rows = await knex('aims_objective_snapshots').orderBy('day');
    expect(rows.map(r => [r.day, Number(r.value)])).toEqual([
      ['2026-12-06', 2.5],
      ['2026-12-07', 2],
    ]);

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('aims_objectives')).toBe(false);
    expect(await knex.schema.hasTable('aims_objective_snapshots')).toBe(false);
    expect(await knex.schema.hasTable('audits')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(await knex('aims_objective_snapshots')).toEqual([]);
  });
});
