import { CLOSE_NEEDS_EFFECTIVE_REVIEW } from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import {
  alice,
  API,
  bob,
  mallory,
  newNonconformity,
  nonconformitiesBackend,
  olga,
} from './__testUtils__/nonconformities';

jest.setTimeout(120_000);

/*
 * The effectiveness review of nonconformities through the API on each
 * database: only an effective review closes one, and four eyes on the
 * review (no one who owns an action, nor a teammate of an owner). The rest
 * of the life cycle is in nonconformities.test.ts.
 */

describeOnEachDatabase('nonconformities on %s', setup => {
  const { backend, api, patch, review, verifying } =
    nonconformitiesBackend(setup);

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
});
