import { randomUUID } from 'node:crypto';
import { alice, bob, CREDIT } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';
import { minimalRisk } from '../../__testUtils__/fixtures';

/*
 * The answers of the work the suite asks for and the things that go wrong:
 * tasks, incidents, nonconformities and their corrective actions, held to
 * the spec.
 */

jest.setTimeout(60_000);

const TAGS = ['Tasks', 'Nonconformities', 'Incidents'];

describe('tasks, incidents and nonconformities', () => {
  const harness = useConformanceBackend();
  const { call } = harness;
  const entity = '/entities/aisystem/default/credit-scoring';

  describe('tasks', () => {
    // The catalog here never changes, so no change opens a task: two are
    // written as change detection opens them (service/tasks.test.ts opens
    // them through the sync). Last of the suites, as they have no history
    // event and would fail the history's verification.
    const task = (id: string, kind: string) => ({
      id,
      entity_ref: 'aisystem:default/credit-scoring',
      kind,
      cause_type: 'change',
      cause_id: randomUUID(),
      control_ids: kind === 'revalidation' ? '["A.6.2.4","A.6.2.5"]' : '[]',
      assignee: 'group:default/credit',
      due_at: '2027-01-01',
      status: 'open',
      evidence_ids: '[]',
      open_key: kind,
      version: 1,
      created_at: '2026-12-02T00:00:00.000Z',
      created_by: 'catalog',
      updated_at: '2026-12-02T00:00:00.000Z',
      updated_by: 'catalog',
    });

    it('lists, reads, completes and dismisses tasks and answers the errors the spec lists', async () => {
      const [one, two] = [randomUUID(), randomUUID()];
      await harness
        .knex()('tasks')
        .insert([task(one, 'revalidation'), task(two, 'reassessment')]);
      const page = await call('get', `${entity}/tasks?limit=5`, 200);
      expect(page.body.items).toHaveLength(2);
      const inbox = await call(
        'get',
        '/tasks?assignee=group:default/credit&status=open&entityRef=aisystem:default/credit-scoring&limit=1',
        200,
      );
      expect(inbox.body.items).toHaveLength(1);
      await call('get', '/tasks?assignee=me', 200);
      await call('get', `/tasks/${one}`, 200);
      await call('get', `/tasks/${randomUUID()}`, 404);
      await call('get', '/tasks?status=nope', 400);
      await call('get', '/tasks?entityRef=aisystem:default/nowhere', 404);
      await call('get', `${entity}/tasks?limit=0`, 400);
      await call('get', '/entities/aisystem/default/nowhere/tasks', 404);
      await call('get', '/tasks', 401, {
        headers: { Authorization: 'Bearer mock-none-token' },
      });
      const complete = `/tasks/${one}/complete`;
      const body = { outcome: 'Validated again', evidenceIds: [] };
      await call('post', complete, 428, { body });
      await call('post', complete, 412, {
        headers: { ...alice, 'If-Match': '"7"' },
        body,
      });
      await call('post', complete, 400, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: {},
      });
      await call('post', complete, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body,
      });
      await call('post', complete, 409, {
        headers: { ...alice, 'If-Match': '"2"' },
        body,
      });
      const dismiss = `/tasks/${two}/dismiss`;
      await call('post', dismiss, 400, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: {},
      });
      await call('post', dismiss, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { reason: 'Covered by the revalidation' },
      });
      await call('post', `/tasks/${randomUUID()}/dismiss`, 404, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { reason: 'x' },
      });
    });
  });

  describe('nonconformities', () => {
    it('records, lists, changes, reviews and closes a nonconformity, exports its actions and answers the errors the spec lists', async () => {
      const created = await call('post', '/nonconformities', 201, {
        body: {
          entityRef: CREDIT,
          source: 'incident',
          sourceId: 'incident-7',
          description: 'Approvals drifted for one applicant group',
          correction: 'Manual review of the affected decisions',
          rootCause: 'Training data missed the group',
          correctiveActions: [
            {
              description: 'Retrain with the group represented',
              owner: 'group:default/lending',
              dueDate: '2027-01-31',
              status: 'planned',
              evidenceIds: [],
            },
          ],
        },
      });
      const id = created.body.id;
      const [action] = created.body.correctiveActions;
      await call('post', '/nonconformities', 400, { body: { source: 'x' } });
      await call('get', `/nonconformities/${id}`, 200);
      await call('get', `/nonconformities/${randomUUID()}`, 404);
      await call(
        'get',
        `/nonconformities?status=open&entityRef=${CREDIT}&limit=1`,
        200,
      );
      await call('get', '/nonconformities?status=nope', 400);
      await call('get', `${entity}/nonconformities?limit=5`, 200);
      const url = `/nonconformities/${id}`;
      await call('patch', url, 428, { body: { status: 'closed' } });
      await call('patch', url, 409, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'closed' },
      });
      await call('patch', url, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: {
          status: 'verifying',
          correctiveActions: [{ ...action, status: 'done' }],
        },
      });
      const review = `/nonconformities/${id}/effectiveness`;
      await call('post', review, 412, {
        headers: { ...alice, 'If-Match': '"9"' },
        body: { result: 'effective' },
      });
      await call('post', review, 200, {
        headers: { ...bob, 'If-Match': '"2"' },
        body: { result: 'effective', notes: 'No drift since', evidenceIds: [] },
      });
      await call('patch', url, 200, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: { status: 'closed' },
      });
      const csv = await call(
        'get',
        `/exports/corrective-actions.csv?entityRef=${CREDIT}`,
        200,
      );
      expect(csv.text.split('\r\n')[0]).toContain('"Action id"');
      expect(csv.text).toContain(action.id);
    });
  });

  describe('incidents', () => {
    it('reports, lists, triages and drafts incidents and answers the errors the spec lists', async () => {
      const body = {
        title: 'Denials for one postcode',
        detectedAt: '2026-09-01T08:00:00Z',
        awareAt: '2026-09-01T10:00:00Z',
        severity: 'high',
        serious: true,
        seriousCategory: 'widespread-infringement',
      };
      const created = (
        await call('post', `${entity}/incidents`, 201, { headers: bob, body })
      ).body;
      expect(created.reportDueAt).toBe('2026-09-03T10:00:00.000Z');
      await call('post', `${entity}/incidents`, 400, { body: { title: '' } });
      await call('post', '/entities/aisystem/default/nowhere/incidents', 404, {
        body,
      });
      await call('post', `${entity}/incidents`, 401, {
        headers: { Authorization: 'Bearer mock-none-token' },
        body,
      });
      await call('get', `${entity}/incidents?limit=5`, 200);
      await call('get', '/entities/aisystem/default/nowhere/incidents', 404);
      await call('get', '/incidents?serious=true&status=reported', 200);
      await call('get', '/incidents?overdue=true', 200);
      await call('get', '/incidents?status=nope', 400);
      await call('get', '/incidents?entityRef=aisystem:default/nowhere', 404);
      const one = `/incidents/${created.id}`;
      await call('get', one, 200);
      await call('get', `/incidents/${randomUUID()}`, 404);
      await call('get', '/incidents/not-a-uuid', 400);
      await call('patch', one, 428, { body: { status: 'triaged' } });
      await call('patch', one, 412, {
        headers: { ...alice, 'If-Match': '"9"' },
        body: { status: 'triaged' },
      });
      await call('patch', one, 409, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'closed' },
      });
      await call('patch', one, 400, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'rejected' },
      });
      await call('patch', one, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'triaged' },
      });
      await call('post', `${one}/entries`, 201, {
        body: { kind: 'comment', text: 'Looking into it' },
      });
      await call('post', `${one}/entries`, 400, {
        body: { kind: 'attachment', evidenceId: randomUUID() },
      });
      const timeline = await call('get', `${one}/entries`, 200);
      expect(timeline.body.items.map((e: any) => e.kind)).toEqual([
        'status-change',
        'comment',
      ]);
      await call('post', `${one}/risks`, 428, { body: minimalRisk });
      await call('post', `${one}/risks`, 201, {
        headers: { ...alice, 'If-Match': '"2"' },
        body: minimalRisk,
      });
      await call('post', `${one}/risks`, 412, {
        headers: { ...alice, 'If-Match': '"2"' },
        body: minimalRisk,
      });
      const draft = await call('get', `${one}/report.md`, 200);
      expect(draft.text).toContain('# Serious incident report (draft)');
      await call('get', `/incidents/${randomUUID()}/report.md`, 404);
      const csv = await call('get', '/exports/incidents.csv?serious=true', 200);
      expect(csv.text).toContain(created.id);
      await call('get', '/exports/incidents.csv?overdue=maybe', 400);
    });
  });

  it('exercised every operation of its tags with a success', () => {
    expect(unexercisedOperations(harness, { tags: TAGS })).toEqual([]);
  });
});
