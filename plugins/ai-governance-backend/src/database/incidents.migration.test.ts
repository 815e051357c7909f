import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

const NAME = '20261203000010_incidents.js';
const ID = '00000000-0000-4000-8000-000000000001';

const incident = {
  id: ID,
  entity_ref: 'aisystem:default/x',
  title: 'Wrong denials',
  description: '',
  detected_at: '2026-12-01T08:00:00.000Z',
  aware_at: '2026-12-01T10:00:00.000Z',
  reporter: 'user:default/ann',
  severity: 'high',
  harm_categories: '[]',
  affected_groups: '[]',
  status: 'reported',
  risk_ids: '[]',
  control_ids: '[]',
  serious: true,
  serious_category: 'death',
  report_due_at: '2026-12-11T10:00:00.000Z',
  report_state: 'not-reported',
  version: 1,
  created_at: '2026-12-02T00:00:00.000Z',
  created_by: 'user:default/ann',
  updated_at: '2026-12-02T00:00:00.000Z',
  updated_by: 'user:default/ann',
};

describeOnEachDatabase('the incidents migration on %s', setup => {
  it('goes up, down and up again; and keeps incidents and their entries', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    await knex('incidents').insert(incident);
    const entry = {
      incident_id: ID,
      entity_ref: 'aisystem:default/x',
      kind: 'comment',
      text: 'Seen again',
      created_at: '2026-12-02T00:00:00.000Z',
      created_by: 'user:default/ann',
    };
    await knex('incident_entries').insert({
      ...entry,
      id: '00000000-0000-4000-8000-000000000002',
    });
    expect(
      Number((await knex('incident_entries').count({ n: '*' }))[0].n),
    ).toBe(1);

    await knex.migrate.down({ directory, name: NAME });
    expect(await knex.schema.hasTable('incidents')).toBe(false);
    expect(await knex.schema.hasTable('incident_entries')).toBe(false);
    expect(await knex.schema.hasTable('tasks')).toBe(true);

    await knex.migrate.up({ directory, name: NAME });
    expect(Number((await knex('incidents').count({ n: '*' }))[0].n)).toBe(0);
  });
});
