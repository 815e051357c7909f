import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { managementReviewRow } from '../__testUtils__/managementReviewRow';
import { DatabaseManagementReviewStore } from './ManagementReviewStore';
import { columnsByField } from './rowMeta';
import { DatabaseTaskStore } from './TaskStore';

jest.setTimeout(60_000);

const review = (i: number) =>
  managementReviewRow(`review-${String(i).padStart(4, '0')}`, `Review ${i}`);

describeOnEachDatabase('reading records by id on %s', setup => {
  const db = setup.migratedDatabase();

  it('reads more ids than one statement binds', async () => {
    const { knex } = db;
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
    const { knex } = db;
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

describe('columnsByField', () => {
  it('writes only the fields a change sets, each under its column, the JSON ones as text', () => {
    const toColumns = columnsByField<{
      title?: string;
      heldAt?: string | null;
      attendees?: string[];
    }>({ title: 'title', heldAt: 'held_at', attendees: 'attendees' }, [
      'attendees',
    ]);
    expect(
      toColumns({ heldAt: null, attendees: ['user:default/ada'] }),
    ).toEqual({ held_at: null, attendees: '["user:default/ada"]' });
    expect(toColumns({ title: undefined })).toEqual({});
    // A field without a column (one a change never writes) is left out.
    expect(toColumns({ title: 'T', inputs: {} } as { title: string })).toEqual({
      title: 'T',
    });
  });
});
