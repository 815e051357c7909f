import { CREDIT, CREDIT_PATH } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import {
  alice,
  API,
  newNonconformity,
  nonconformitiesBackend,
} from './__testUtils__/nonconformities';

jest.setTimeout(120_000);

/*
 * Nonconformities through the API on each database: the life cycle,
 * bad input that writes nothing, the overdue actions of the scorecard, the
 * corrective actions export and the integrity check over the new record
 * type. The rule that only an effective review closes one, and four eyes
 * on the review, are in nonconformityReviews.test.ts.
 */

describeOnEachDatabase('nonconformities on %s', setup => {
  const { backend, api, patch } = nonconformitiesBackend(setup);

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
