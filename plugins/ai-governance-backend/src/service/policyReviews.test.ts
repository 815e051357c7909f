import { AIMS_ENTITY_REF, type Task } from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { DatabaseAimsDocumentStore } from '../database/AimsDocumentStore';
import { DatabaseTaskStore } from '../database/TaskStore';
import { UnitOfWork } from '../database/UnitOfWork';
import { PolicyService } from './PolicyService';

jest.setTimeout(120_000);

/*
 * The review cycle of approved documents on a fake clock: the review task
 * opens for the owner 30 days before the review is due, once (also when two
 * replicas run the pass at the same time, and after the task was
 * dismissed), and is completed when a new version is approved, which moves
 * the next review.
 */

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const OWNER = 'group:default/ai-governance-office';
const START = Date.parse('2026-01-10T09:00:00.000Z');
const DAY = 86_400_000;
const markdown = (text: string) => ({
  format: 'markdown' as const,
  markdown: text,
});

describeOnEachDatabase('document review tasks on %s', setup => {
  const db = setup.migratedDatabase();
  let now = START;

  /** A replica: its own services on the shared database at the test's clock. */
  const replica = () => {
    const clock = () => new Date(now);
    const tasks = new DatabaseTaskStore(db.knex);
    const policies = new PolicyService(
      new DatabaseAimsDocumentStore(db.knex),
      tasks,
      new UnitOfWork(db.knex, clock),
      // Bob is top management.
      { holds: async user => user === BOB },
      clock,
    );
    return { policies, tasks };
  };

  const reviewTasks = async (documentId: string): Promise<Task[]> => {
    const rows = await db
      .knex('tasks')
      .where({ entity_ref: AIMS_ENTITY_REF, kind: 'document-review' })
      .where('cause_id', documentId)
      .orderBy('row_id')
      .select('id');
    const store = new DatabaseTaskStore(db.knex);
    return store.getMany(rows.map(r => r.id));
  };

  /** A procedure with version 1 approved by Bob at the clock's now. */
  async function approvedProcedure(title: string, reviewMonths = 12) {
    const { policies } = replica();
    const created = await policies.create(
      {
        kind: 'procedure',
        topic: null,
        title,
        owner: OWNER,
        reviewMonths,
        content: markdown('# Steps'),
        changeSummary: 'First version',
      },
      ALICE,
    );
    const submitted = await policies.submit(created.id, 1, 1, ALICE);
    return policies.approve(
      created.id,
      1,
      submitted.version,
      undefined,
      BOB,
      {} as never,
    );
  }

  it('opens the review task 30 days before the review is due, once, and closes it on approval', async () => {
    now = START;
    const doc = await approvedProcedure('AI incident response procedure');
    expect(doc.nextReviewAt).toBe('2027-01-10');
    const { policies } = replica();

    expect((await policies.openDueReviews()).opened).toBe(0);
    now = Date.parse('2026-12-10T09:00:00.000Z') - DAY;
    expect((await policies.openDueReviews()).opened).toBe(0);
    now = Date.parse('2026-12-11T09:00:00.000Z');
    expect((await policies.openDueReviews()).opened).toBe(1);
    expect((await policies.openDueReviews()).opened).toBe(0);

    const [task] = await reviewTasks(doc.id);
    expect(task).toMatchObject({
      entityRef: AIMS_ENTITY_REF,
      kind: 'document-review',
      cause: { type: 'document', id: doc.id },
      assignee: OWNER,
      dueAt: '2027-01-10',
      status: 'open',
    });
    const [listed] = (await policies.list({})).filter(d => d.id === doc.id);
    expect(listed.reviewTask).toEqual({
      id: task.id,
      dueAt: '2027-01-10',
      assignee: OWNER,
    });

    // Reviewed: version 2, approved after the due day.
    now = Date.parse('2027-01-20T09:00:00.000Z');
    const drafted = await policies.addVersion(
      doc.id,
      undefined,
      { content: markdown('# Steps, reviewed'), changeSummary: 'Reviewed' },
      ALICE,
    );
    const inApproval = await policies.submit(doc.id, 2, drafted.version, ALICE);
    const approved = await policies.approve(
      doc.id,
      2,
      inApproval.version,
      undefined,
      BOB,
      {} as never,
    );
    expect(approved).toMatchObject({
      currentVersion: 2,
      nextReviewAt: '2028-01-20',
    });
    const [closed] = await reviewTasks(doc.id);
    expect(closed).toMatchObject({
      id: task.id,
      status: 'done',
      completedBy: BOB,
      outcome:
        'Version 2 of "AI incident response procedure" approved by user:default/bob',
    });
    expect((await policies.openDueReviews()).opened).toBe(0);
    expect(
      (await policies.list({})).find(d => d.id === doc.id)?.reviewTask,
    ).toBeNull();
  });

  it('opens one task when two replicas run the pass at the same time, and none again once dismissed', async () => {
    now = START;
    const doc = await approvedProcedure('AI risk assessment procedure', 6);
    expect(doc.nextReviewAt).toBe('2026-07-10');
    now = Date.parse('2026-07-01T09:00:00.000Z');
    const [a, b] = [replica(), replica()];
    const results = await Promise.all([
      a.policies.openDueReviews(),
      b.policies.openDueReviews(),
    ]);
    const opened = await reviewTasks(doc.id);
    expect(opened).toHaveLength(1);
    expect(results.map(r => r.opened).sort()).toEqual([0, 1]);

    // Dismissed by its owner: the same due day does not open another one.
    await db
      .knex('tasks')
      .where('id', opened[0].id)
      .update({ status: 'dismissed', open_key: null });
    expect((await a.policies.openDueReviews()).opened).toBe(0);
    expect(await reviewTasks(doc.id)).toHaveLength(1);
  });
});
