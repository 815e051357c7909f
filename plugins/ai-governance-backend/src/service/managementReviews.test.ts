import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import {
  alice,
  catalogSyncAtStartup,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * Management reviews through the API on each database: inputs frozen when
 * a review is created (a later change to the records alters only the next
 * review's), actions tracked as tasks whose status reads back, the
 * planned → held → closed moves, If-Match, and the 400s naming fields.
 */

const API = '/api/ai-governance';

const plan = (overrides: object = {}) => ({
  title: 'Management review Q4',
  plannedAt: '2026-12-10',
  chair: 'user:default/carol',
  ...overrides,
});

type Section = {
  id: string;
  source: string;
  summary: string;
  figures: Array<{ label: string; value: number }>;
  items: Array<{ text: string }>;
};
const section = (review: { inputs: { sections: Section[] } }, id: string) =>
  review.inputs.sections.find(s => s.id === id)!;
const figure = (s: Section, label: string) =>
  s.figures.find(f => f.label.startsWith(label))!.value;

describeOnEachDatabase('management reviews on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api, count } = backend;
  const create = (body: object) =>
    api(alice).post(`${API}/management-reviews`).send(body);
  const patch = (id: string, version: string, body: object) =>
    api(alice)
      .patch(`${API}/management-reviews/${id}`)
      .set('If-Match', version)
      .send(body);
  const prefill93 = async () =>
    (await api(alice).get(`${API}/aims/clauses`).expect(200)).body.items.find(
      (c: { id: string }) => c.id === '9.3',
    ).prefilled;
  const get = async (id: string) =>
    (await api(alice).get(`${API}/management-reviews/${id}`).expect(200)).body;

  it('freezes the inputs when a review is created; a later change shows only in the next review', async () => {
    expect(await prefill93()).toMatchObject({ status: 'gap' });
    const first = (await create(plan()).expect(201)).body;
    expect(await prefill93()).toEqual({
      status: 'partial',
      reason: expect.stringContaining(
        '"Management review Q4" is planned for 2026-12-10',
      ),
    });
    expect(first).toMatchObject({
      entityRef: AIMS_ENTITY_REF,
      status: 'planned',
      attendees: [],
      decisions: [],
      actions: [],
      heldAt: null,
      inputs: { previousReviewId: null, since: null },
    });
    expect(first.inputs.assembledAt).toBe(first.createdAt);
    expect(first.inputs.sections.map((s: Section) => s.id)).toEqual([
      'previous-actions',
      'issues',
      'objectives',
      'incidents',
      'nonconformities',
      'audits',
      'risks',
      'feedback',
    ]);
    for (const s of first.inputs.sections) expect(s.source).toBeTruthy();
    expect(figure(section(first, 'risks'), 'Critical')).toBe(0);
    expect(figure(section(first, 'incidents'), 'Open')).toBe(0);
    expect(figure(section(first, 'objectives'), 'Objectives')).toBe(0);
    expect(section(first, 'issues').summary).toBe(
      'The AIMS scope record is not defined yet.',
    );

    // The records change after the review was created…
    await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .send({
        title: 'Unfair denials for a postcode',
        category: 'fairness',
        lifecycleStage: 'operation',
        likelihood: 5,
        impact: 5,
      })
      .expect(201);
    await api(alice)
      .post(`${CREDIT_PATH}/incidents`)
      .send({
        title: 'Loan denials for a postcode',
        description: 'Applicants from one postcode were all denied.',
        detectedAt: '2026-09-01T08:00:00Z',
        awareAt: '2026-09-01T10:15:00Z',
        severity: 'high',
        harmCategories: ['fundamental-rights'],
        affectedPeople: { count: 120, groups: ['loan applicants'] },
      })
      .expect(201);

    await api(alice)
      .post(`${API}/aims/objectives`)
      .send({
        title: 'No open critical risk',
        owner: 'group:default/risk',
        measure: 'open-critical-risks',
        target: { value: 0, direction: 'at-most' },
        dueDate: '2099-03-31',
      })
      .expect(201);

    await api(alice)
      .put(`${API}/aims/scope`)
      .set('If-Match', '"0"')
      .send({
        statement: 'Every AI system of the lending business.',
        issues: [
          {
            kind: 'external',
            description: 'EU AI Act obligations for high-risk systems',
            effect: 'Credit scoring needs a conformity assessment',
          },
        ],
        interestedParties: [
          {
            name: 'Applicants',
            requirements: ['Explanations of credit decisions'],
            feedback: [
              {
                date: new Date().toISOString().slice(0, 10),
                text: 'Asked why a loan was refused',
              },
            ],
          },
        ],
      })
      .expect(200);

    // …and the first review's inputs stay as they were, read or listed.
    const again = await get(first.id);
    expect(again.inputs).toEqual(first.inputs);
    const listed = (
      await api(alice).get(`${API}/management-reviews`).expect(200)
    ).body.items;
    expect(
      listed.find((r: { id: string }) => r.id === first.id).inputs,
    ).toEqual(first.inputs);

    // A new review sees the change, counted since the first one.
    const second = (await create(plan({ title: 'Extra review' })).expect(201))
      .body;
    expect(second.inputs.previousReviewId).toBe(first.id);
    expect(second.inputs.since).toBe(first.inputs.assembledAt);
    const risks = section(second, 'risks');
    expect(figure(risks, 'Critical')).toBe(1);
    expect(figure(risks, 'Identified since')).toBe(1);
    expect(risks.items[0].text).toContain('Unfair denials for a postcode');
    const incidents = section(second, 'incidents');
    expect(figure(incidents, 'Open')).toBe(1);
    expect(figure(incidents, 'Reported since')).toBe(1);
    expect(incidents.items[0].text).toContain('Loan denials for a postcode');
    const issues = section(second, 'issues');
    expect(figure(issues, 'Added or changed since')).toBe(1);
    expect(issues.items[0].text).toContain(
      'External: EU AI Act obligations for high-risk systems',
    );
    const feedback = section(second, 'feedback');
    expect(figure(feedback, 'Feedback since')).toBe(1);
    expect(feedback.items[0].text).toContain('Applicants (');
    const objectives = section(second, 'objectives');
    expect(figure(objectives, 'Objectives')).toBe(1);
    expect(objectives.items[0].text).toContain('No open critical risk: 1 (');
    expect(objectives.items[0].text).toContain('target at-most 0');
  });

  it('tracks each action as a task and reads its status back; moves planned → held → closed', async () => {
    const { body: review } = await create(
      plan({ attendees: ['user:default/alice'] }),
    ).expect(201);
    const added = await patch(review.id, '"1"', {
      decisions: ['Fund a fairness test suite for credit scoring'],
      actions: [
        {
          description: 'Add a bias test to the release pipeline',
          owner: 'group:default/lending',
          dueAt: '2027-01-31',
        },
      ],
    }).expect(200);
    const [action] = added.body.actions;
    expect(action).toMatchObject({
      owner: 'group:default/lending',
      dueAt: '2027-01-31',
      status: 'open',
      completedAt: null,
    });
    const row = await backend.knex('tasks').where('id', action.taskId).first();
    expect(row).toMatchObject({
      kind: 'review-action',
      cause_type: 'aims-review',
      cause_id: review.id,
      entity_ref: AIMS_ENTITY_REF,
      assignee: 'group:default/lending',
      due_at: '2027-01-31',
      status: 'open',
    });

    // A later review reports the open action of this one.
    const later = (await create(plan({ title: 'Next review' })).expect(201))
      .body;
    const previous = section(later, 'previous-actions');
    expect(figure(previous, 'Open')).toBe(1);
    expect(previous.items[0].text).toContain(
      'Add a bias test to the release pipeline',
    );

    // Closing with no decision is refused; held first, then closed.
    const skip = await patch(review.id, '"2"', { status: 'closed' }).expect(
      409,
    );
    expect(skip.body.error.message).toContain('planned → held → closed');
    const held = await patch(review.id, '"2"', {
      status: 'held',
      actions: [
        {
          id: action.id,
          description: action.description,
          owner: action.owner,
          dueAt: '2027-02-15',
        },
      ],
    }).expect(200);
    expect(held.body.status).toBe('held');
    expect(held.body.heldAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(held.body.actions[0]).toMatchObject({
      id: action.id,
      taskId: action.taskId,
      dueAt: '2027-02-15',
    });
    expect(
      (await backend.knex('tasks').where('id', action.taskId).first()).due_at,
    ).toBe('2027-02-15');

    const closed = await patch(review.id, '"3"', { status: 'closed' }).expect(
      200,
    );
    expect(closed.body.closedAt).toBeTruthy();
    expect(await prefill93()).toEqual({
      status: 'implemented',
      reason: expect.stringContaining('its minutes are final'),
    });
    // The minutes are final: only an action's status still changes.
    const edit = await patch(review.id, '"4"', {
      decisions: ['Something else'],
    }).expect(409);
    expect(edit.body.error.message).toContain('minutes are final');
    const { id, description, owner, dueAt } = held.body.actions[0];
    const done = await patch(review.id, '"4"', {
      actions: [{ id, description, owner, dueAt, status: 'done' }],
    }).expect(200);
    expect(done.body.actions[0]).toMatchObject({ status: 'done' });
    expect(done.body.actions[0].completedAt).toBeTruthy();
    expect(
      (await backend.knex('tasks').where('id', action.taskId).first()).status,
    ).toBe('done');
    const reopen = await patch(review.id, '"5"', {
      actions: [{ id, description, owner, dueAt, status: 'open' }],
    }).expect(409);
    expect(reopen.body.error.message).toContain('does not reopen');
  });

  it('answers 412 on a stale version and 428 without If-Match', async () => {
    const { body: review } = await create(plan()).expect(201);
    await patch(review.id, '"1"', { title: 'Renamed' }).expect(200);
    const stale = await patch(review.id, '"1"', { title: 'Other' }).expect(412);
    expect(stale.body.error.message).toContain(review.id);
    const missing = await api(alice)
      .patch(`${API}/management-reviews/${review.id}`)
      .send({ title: 'x' });
    expect(missing.status).toBe(428);
    expect((await get(review.id)).title).toBe('Renamed');
  });

  it('answers 400 naming the bad fields and writes nothing', async () => {
    const before = await count('history');
    const bad = await create({
      title: '',
      plannedAt: 'soon',
      chair: 'carol',
      attendees: ['group:default/lending'],
    }).expect(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect([...new Set(paths)]).toEqual([
      'title',
      'plannedAt',
      'chair',
      'attendees[0]',
    ]);
    const { body: review } = await create(plan()).expect(201);
    const afterCreate = await count('history');
    expect(afterCreate).toBe(before + 1);
    const tasks = await count('tasks');
    const badAction = await patch(review.id, '"1"', {
      actions: [{ description: 'x', owner: 'lending', dueAt: '2027-13-01' }],
    }).expect(400);
    expect(
      badAction.body.error.details.map((d: { path: string }) => d.path),
    ).toEqual(['actions[0].owner', 'actions[0].dueAt']);
    const unknown = await patch(review.id, '"1"', {
      actions: [
        {
          id: '00000000-0000-4000-8000-000000000000',
          description: 'x',
          owner: 'user:default/alice',
          dueAt: '2027-01-01',
        },
      ],
    }).expect(400);
    expect(unknown.body.error.details[0].path).toBe('actions[0].id');
    const nobody = await patch(review.id, '"1"', { status: 'held' }).expect(
      400,
    );
    expect(nobody.body.error.details[0].path).toBe('attendees');
    expect(await count('history')).toBe(afterCreate);
    expect(await count('tasks')).toBe(tasks);
  });

  it('keeps the history verifiable and finds a review changed outside the service', async () => {
    const { body: history } = await api(alice)
      .get(`${API}/history?entityRef=${encodeURIComponent(AIMS_ENTITY_REF)}`)
      .expect(200);
    expect(
      history.items.some(
        (e: { recordType: string }) => e.recordType === 'aims-review',
      ),
    ).toBe(true);
    expect(
      (await api(alice).get(`${API}/history/verify`).expect(200)).body,
    ).toMatchObject({ ok: true });
    await backend.knex('management_reviews').update({ title: 'Tampered' });
    const { body } = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(body).toMatchObject({
      ok: false,
      record: { type: 'aims-review', field: 'title' },
    });
  });
});
