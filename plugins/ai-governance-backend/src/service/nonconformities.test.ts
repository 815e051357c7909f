import type { Entity } from '@backstage/catalog-model';
import { CLOSE_NEEDS_EFFECTIVE_REVIEW } from '@aigov/plugin-ai-governance-common';
import {
  as,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * Nonconformities through the API on each database: the life cycle, the
 * rule that only an effective review closes one, four eyes on the review,
 * bad input that writes nothing, the corrective actions export and the
 * integrity check over the new record type.
 */

const API = '/api/ai-governance';

const user = (name: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [team] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${team}` }],
});

const entities: Entity[] = [
  ...testEntities,
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ai-governance-office', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  user('alice', 'lending'),
  user('mallory', 'lending'),
  user('bob', 'risk'),
  user('olga', 'ai-governance-office'),
];

const alice = as('user:default/alice');
const mallory = as('user:default/mallory');
const bob = as('user:default/bob');
const olga = as('user:default/olga');

const newNonconformity = (over: Record<string, unknown> = {}) => ({
  entityRef: CREDIT,
  source: 'monitoring',
  description: 'Approval rates drifted past the agreed threshold',
  correction: 'Decisions of the last week reviewed by hand',
  rootCause: 'A feature pipeline dropped a column',
  correctiveActions: [
    {
      description: 'Add a schema check to the feature pipeline',
      owner: 'group:default/lending',
      dueDate: '2027-01-31',
    },
  ],
  ...over,
});

describeOnEachDatabase('nonconformities on %s', setup => {
  const backend = setup.governanceBackend({
    entities,
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api } = backend;
  const patch = (id: string, version: number, body: object, who = alice) =>
    api(who)
      .patch(`${API}/nonconformities/${id}`)
      .set('If-Match', `"${version}"`)
      .send(body);
  const review = (id: string, version: number, body: object, who: object) =>
    api(who as Record<string, string>)
      .post(`${API}/nonconformities/${id}/effectiveness`)
      .set('If-Match', `"${version}"`)
      .send(body);
  /** A nonconformity whose one action is done, waiting for its review. */
  const verifying = async () => {
    const { body: nc } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity())
      .expect(201);
    const [action] = nc.correctiveActions;
    const { body } = await patch(nc.id, 1, {
      status: 'verifying',
      correctiveActions: [{ ...action, status: 'done' }],
    }).expect(200);
    return body;
  };

  it('records an open nonconformity with its actions, lists it and records its history', async () => {
    const res = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity({ source: 'incident', sourceId: 'inc-42' }))
      .expect(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`${API}/nonconformities/${res.body.id}`);
    expect(res.body).toMatchObject({
      entityRef: CREDIT,
      source: 'incident',
      sourceId: 'inc-42',
      status: 'open',
      effectivenessReview: null,
      correctiveActions: [
        {
          id: expect.any(String),
          owner: 'group:default/lending',
          dueDate: '2027-01-31',
          status: 'planned',
          evidenceIds: [],
        },
      ],
      createdBy: 'user:default/alice',
    });
    const open = await api(alice)
      .get(`${API}/nonconformities?status=open&entityRef=${CREDIT}`)
      .expect(200);
    expect(open.body.items.map((n: any) => n.id)).toContain(res.body.id);
    const closed = await api(alice)
      .get(`${API}/nonconformities?status=closed`)
      .expect(200);
    expect(closed.body.items).toEqual([]);
    const mine = await api(alice)
      .get(`${CREDIT_PATH}/nonconformities`)
      .expect(200);
    expect(mine.body.items[0]).toEqual(res.body);
    const events = await backend
      .knex('history')
      .where({ record_type: 'nonconformity', record_id: res.body.id });
    expect(events.map(e => e.action)).toEqual(['create']);
  });

  it('keeps the id of an action named in a change and plans actions only with one', async () => {
    const { body: nc } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity({ correctiveActions: [] }))
      .expect(201);
    const refused = await patch(nc.id, 1, { status: 'actions-planned' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(
      'at least one corrective action',
    );
    const { body: planned } = await patch(nc.id, 1, {
      status: 'actions-planned',
      correctiveActions: newNonconformity().correctiveActions,
    }).expect(200);
    const [action] = planned.correctiveActions;
    const { body: changed } = await patch(nc.id, 2, {
      correctiveActions: [{ ...action, status: 'in-progress' }],
    }).expect(200);
    expect(changed.correctiveActions).toEqual([
      { ...action, status: 'in-progress' },
    ]);
    await patch(nc.id, 2, { description: 'stale' }).expect(412);
    await api(alice)
      .patch(`${API}/nonconformities/${nc.id}`)
      .send({ description: 'no If-Match' })
      .expect(428);
  });

  it('refuses to close without an effective review, naming the rule', async () => {
    const nc = await verifying();
    const res = await patch(nc.id, nc.version, { status: 'closed' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(CLOSE_NEEDS_EFFECTIVE_REVIEW);
    const { body: open } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity())
      .expect(201);
    const skip = await patch(open.id, 1, { status: 'closed' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toContain(CLOSE_NEEDS_EFFECTIVE_REVIEW);
  });

  it("refuses the review of an action owner's teammate and takes the governance office's, then closes", async () => {
    const nc = await verifying();
    const teammate = await review(
      nc.id,
      nc.version,
      { result: 'effective' },
      mallory,
    );
    expect(teammate.status).toBe(403);
    expect(teammate.body.error.message).toContain('group:default/lending');
    const { body: reviewed } = await review(
      nc.id,
      nc.version,
      { result: 'effective', notes: 'No drift for four weeks' },
      olga,
    ).expect(200);
    expect(reviewed.status).toBe('verifying');
    expect(reviewed.effectivenessReview).toMatchObject({
      reviewer: 'user:default/olga',
      result: 'effective',
      notes: 'No drift for four weeks',
    });
    // The actions sent back as they are keep the review.
    const { body: closed } = await patch(nc.id, reviewed.version, {
      status: 'closed',
      correctiveActions: reviewed.correctiveActions,
    }).expect(200);
    expect(closed.status).toBe('closed');
    await patch(nc.id, closed.version, { status: 'open' }).expect(409);
    const events = await backend
      .knex('history')
      .where({ record_type: 'nonconformity', record_id: nc.id })
      .orderBy('seq');
    expect(events.map(e => e.action)).toEqual([
      'create',
      'update',
      'review',
      'update',
    ]);
  });

  it('refuses a teammate of the user who owns an action, and takes a member of another team', async () => {
    const { body: nc } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity())
      .expect(201);
    const [action] = nc.correctiveActions;
    const { body: ready } = await patch(nc.id, 1, {
      status: 'verifying',
      correctiveActions: [
        { ...action, owner: 'user:default/alice', status: 'done' },
      ],
    }).expect(200);
    const teammate = await review(
      nc.id,
      ready.version,
      { result: 'effective' },
      mallory,
    );
    expect(teammate.status).toBe(403);
    expect(teammate.body.error.message).toContain('group:default/lending');
    const owner = await review(
      nc.id,
      ready.version,
      { result: 'effective' },
      alice,
    );
    expect(owner.status).toBe(403);
    expect(owner.body.error.message).toContain('owns a corrective action');
    await review(nc.id, ready.version, { result: 'effective' }, bob).expect(
      200,
    );
  });

  it('lets a member of another team review, and a not-effective review sends it back to actions-planned', async () => {
    const nc = await verifying();
    const { body } = await review(
      nc.id,
      nc.version,
      { result: 'not-effective', notes: 'Drift came back' },
      bob,
    ).expect(200);
    expect(body.status).toBe('actions-planned');
    expect(body.effectivenessReview.result).toBe('not-effective');
    // Not verifying any more: no second review until the actions are done again.
    await review(nc.id, body.version, { result: 'effective' }, olga).expect(
      409,
    );
    await patch(nc.id, body.version, { status: 'closed' }).expect(409);
    // New actions are judged afresh: the old review goes.
    const { body: replanned } = await patch(nc.id, body.version, {
      correctiveActions: [
        ...body.correctiveActions,
        {
          description: 'Alert on drift daily',
          owner: 'group:default/lending',
          dueDate: '2027-02-28',
        },
      ],
    }).expect(200);
    expect(replanned.effectivenessReview).toBeNull();
  });

  it('counts an action past its due date among the overdue items of the scorecard until it is done', async () => {
    const overdue = async () =>
      Number(
        (
          await backend
            .knex('entity_summaries')
            .where('entity_ref', CREDIT)
            .first('overdue_corrective_actions')
        ).overdue_corrective_actions,
      );
    const before = await overdue();
    const yesterday = new Date(Date.now() - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const { body: nc } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(
        newNonconformity({
          correctiveActions: [
            {
              description: 'Late fix',
              owner: 'group:default/lending',
              dueDate: yesterday,
            },
          ],
        }),
      )
      .expect(201);
    expect(await overdue()).toBe(before + 1);
    await patch(nc.id, 1, {
      correctiveActions: [{ ...nc.correctiveActions[0], status: 'done' }],
    }).expect(200);
    expect(await overdue()).toBe(before);
  });

  it('answers bad input with 400 naming the field and writes nothing', async () => {
    const before = {
      nonconformities: await backend.count('nonconformities'),
      actions: await backend.count('corrective_actions'),
      history: await backend.count('history'),
    };
    const bad = await api(alice)
      .post(`${API}/nonconformities`)
      .send(
        newNonconformity({
          correctiveActions: [
            { description: 'x', owner: 'lending', dueDate: '2027-02-30' },
          ],
        }),
      )
      .expect(400);
    expect(bad.body.error.details.map((d: any) => d.path).sort()).toEqual([
      'correctiveActions[0].dueDate',
      'correctiveActions[0].owner',
    ]);
    const foreign = await api(alice)
      .post(`${API}/nonconformities`)
      .send(
        newNonconformity({
          correctiveActions: [
            {
              description: 'x',
              owner: 'group:default/lending',
              dueDate: '2027-02-01',
              evidenceIds: ['00000000-0000-4000-8000-000000000001'],
            },
          ],
        }),
      )
      .expect(400);
    expect(foreign.body.error.details[0].path).toBe(
      'correctiveActions[0].evidenceIds[0]',
    );
    const nowhere = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity({ entityRef: 'aisystem:default/nowhere' }));
    expect(nowhere.status).toBe(404);
    const { body: nc } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity())
      .expect(201);
    const unknownAction = await patch(nc.id, 1, {
      correctiveActions: [
        {
          ...nc.correctiveActions[0],
          id: '00000000-0000-4000-8000-000000000002',
        },
      ],
    }).expect(400);
    expect(unknownAction.body.error.details[0].path).toBe(
      'correctiveActions[0].id',
    );
    expect(await backend.count('nonconformities')).toBe(
      before.nonconformities + 1,
    );
    expect(await backend.count('corrective_actions')).toBe(before.actions + 1);
    expect(await backend.count('history')).toBe(before.history + 1);
  });

  it('exports the corrective actions as CSV', async () => {
    const res = await api(alice)
      .get(`${API}/exports/corrective-actions.csv?entityRef=${CREDIT}`)
      .expect(200);
    expect(res.headers['content-disposition']).toContain(
      'corrective-actions.csv',
    );
    const [header, ...rows] = res.text.trim().split('\r\n');
    expect(header).toBe(
      '"AI system","Entity","Nonconformity id","Source","Nonconformity status","Action id","Action","Owner","Due","Status","Evidence"',
    );
    expect(rows.length).toBe(await backend.count('corrective_actions'));
    expect(rows[0]).toContain(
      '"Credit scoring","aisystem:default/credit-scoring"',
    );
    expect(rows.join('\n')).toContain(
      '"Add a schema check to the feature pipeline"',
    );
  });

  it('still verifies the records against their history after these writes, and finds a changed action', async () => {
    const ok = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(ok.body.ok).toBe(true);
    const { id } = await backend.knex('corrective_actions').first('id');
    await backend
      .knex('corrective_actions')
      .where({ id })
      .update({ due_date: '2099-01-01' });
    const broken = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(broken.body).toMatchObject({
      ok: false,
      record: { type: 'nonconformity' },
    });
  });
});
