import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { DatabaseManagementReviewStore } from './ManagementReviewStore';
import { DatabaseTaskStore } from './TaskStore';

jest.setTimeout(60_000);

const review = (i: number) => ({
  id: `review-${String(i).padStart(4, '0')}`,
  entity_ref: 'aims:default/management-system',
  title: `Review ${i}`,
  planned_at: '2026-12-10',
  chair: 'user:default/ada',
  attendees: '[]',
  decisions: '[]',
  actions: '[]',
  status: 'planned',
  inputs: '{"assembledAt":"2026-12-07T00:00:00.000Z","sections":[]}',
  version: 1,
  created_at: '2026-12-07T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-12-07T00:00:00.000Z',
  updated_by: 'user:default/ada',
});

describeOnEachDatabase('reading records by id on %s', setup => {
  it('reads more ids than one statement binds', async () => {
    const knex = await setup.freshDatabase();
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@aigov/plugin-ai-governance-backend',
        'migrations',
      ),
    });
    const rows = Array.from({ length: 1_203 }, (_, i) => review(i));
    await knex.batchInsert('management_reviews', rows, 50);
    const store = new DatabaseManagementReviewStore(knex);

    // Asked for in reverse and with an id that is not there.
    const ids = [...rows.map(r => r.id).reverse(), 'review-missing'];
    const found = await store.getMany(ids);
    expect(found.map(r => r.id).sort()).toEqual(rows.map(r => r.id));
    expect(found.find(r => r.id === 'review-1202')).toMatchObject({
      title: 'Review 1202',
      version: 1,
    });
    expect(await store.getMany([])).toEqual([]);
  });

  it('reads tasks by id inside a transaction, seeing what it wrote', async () => {
    const knex = await setup.freshDatabase();
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@aigov/plugin-ai-governance-backend',
        'migrations',
      ),
    });
    const store = new DatabaseTaskStore(knex);
    await knex.transaction(async tx => {
      await store.insert(
        tx,
        {
          id: 'task-1',
          entityRef: 'aims:default/management-system',
          kind: 'review-action',
          cause: { type: 'aims-review', id: 'review-1' },
          controlIds: [],
          assignee: 'user:default/ada',
          dueAt: '2027-01-31',
        },
        false,
        'user:default/ada',
        '2026-12-07T00:00:00.000Z',
      );
      expect((await store.getMany(['task-1'], tx)).map(t => t.id)).toEqual([
        'task-1',
      ]);
    });
    expect(await store.getMany(['task-1'])).toHaveLength(1);
  });
});
