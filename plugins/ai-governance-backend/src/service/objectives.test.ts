import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import {
  alice,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';

jest.setTimeout(120_000);

/*
 * Objectives through the API on each database: set and changed under
 * If-Match, refusals naming fields, measures that follow the records as
 * they are created, the first snapshot of the trend, the 6.2 pre-fill and
 * the history's verification.
 */

const API = '/api/ai-governance';

const objective = (overrides: object = {}) => ({
  title: 'No open critical risks',
  description: 'Critical risks are treated before go-live.',
  owner: 'group:default/risk',
  measure: 'open-critical-risks',
  target: { value: 0, direction: 'at-most' },
  dueDate: '2099-06-30',
  ...overrides,
});

const nonconformity = {
  entityRef: CREDIT,
  source: 'monitoring',
  description: 'Approval rates drifted past the agreed threshold',
  correctiveActions: [],
};

describeOnEachDatabase('AIMS objectives on %s', setup => {
  const { api, count } = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const create = (body: object) =>
    api(alice).post(`${API}/aims/objectives`).send(body);
  const patch = (id: string, version: string, body: object) =>
    api(alice)
      .patch(`${API}/aims/objectives/${id}`)
      .set('If-Match', version)
      .send(body);
  const read = async (id: string) =>
    (await api(alice).get(`${API}/aims/objectives/${id}`).expect(200)).body;
  const prefill62 = async () =>
    (await api(alice).get(`${API}/aims/clauses`).expect(200)).body.items.find(
      (c: { id: string }) => c.id === '6.2',
    ).prefilled;

  it('sets an objective, measured at once with its first snapshot, and changes it under If-Match', async () => {
    expect(await prefill62()).toMatchObject({ status: 'gap' });
    const created = await create(objective()).expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(
      `${API}/aims/objectives/${created.body.id}`,
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(created.body).toMatchObject({
      entityRef: AIMS_ENTITY_REF,
      owner: 'group:default/risk',
      current: { value: 0, detail: '0 open critical risks' },
      status: 'met',
      trend: [{ day: today, value: 0 }],
      createdBy: 'user:default/alice',
    });
    const { id } = created.body;
    expect(await prefill62()).toMatchObject({ status: 'implemented' });

    const changed = await patch(id, '"1"', {
      title: 'At most one open critical risk',
      target: { value: 1, direction: 'at-most' },
    }).expect(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body).toMatchObject({ version: 2, target: { value: 1 } });

    const stale = await patch(id, '"1"', { title: 'Lost update' }).expect(412);
    expect(stale.body.error.message).toMatch(/changed by someone else/);
    await api(alice)
      .patch(`${API}/aims/objectives/${id}`)
      .send({ title: 'No If-Match' })
      .expect(428);
    expect((await read(id)).title).toBe('At most one open critical risk');

    // A new measure starts the trend again with today's value.
    const remeasured = await patch(id, '"2"', {
      measure: 'clause-readiness',
      target: { value: 80, direction: 'at-least' },
    }).expect(200);
    expect(remeasured.body.trend).toEqual([
      { day: today, value: remeasured.body.current.value },
    ]);
    expect(remeasured.body.current.detail).toMatch(/clauses$/);

    const list = await api(alice).get(`${API}/aims/objectives`).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toContain(id);
    const later = await api(alice)
      .get(`${API}/aims/objectives/${id}?since=2999-01-01`)
      .expect(200);
    expect(later.body.trend).toEqual([]);

    const history = await api(alice)
      .get(`${API}/history?entityRef=${AIMS_ENTITY_REF}`)
      .expect(200);
    expect(
      history.body.items
        .filter((e: { recordId: string }) => e.recordId === id)
        .map((e: { action: string }) => e.action),
    ).toEqual(expect.arrayContaining(['create', 'update']));
    const verified = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(verified.body.ok).toBe(true);
  });

  it('follows the records: critical risks, nonconformities and clause readiness as they are created', async () => {
    const risks = (await create(objective()).expect(201)).body;
    const ncs = (
      await create(
        objective({
          title: 'Nonconformities closed',
          measure: 'open-nonconformities',
        }),
      ).expect(201)
    ).body;
    const clauses = (
      await create(
        objective({
          title: 'Ready for stage 1',
          measure: 'clause-readiness',
          target: { value: 80, direction: 'at-least' },
        }),
      ).expect(201)
    ).body;
    const risksBefore = risks.current.value;
    const ncsBefore = ncs.current.value;

    await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .send({ ...minimalRisk, title: 'Critical', likelihood: 5, impact: 5 })
      .expect(201);
    // A high risk is not critical, and a proposed one is not open.
    await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .send({ ...minimalRisk, likelihood: 3, impact: 4 })
      .expect(201);
    await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .send({ ...minimalRisk, likelihood: 5, impact: 5, status: 'proposed' })
      .expect(201);
    expect((await read(risks.id)).current.value).toBe(risksBefore + 1);
    expect((await read(risks.id)).status).not.toBe('met');

    await api(alice)
      .post(`${API}/nonconformities`)
      .send(nonconformity)
      .expect(201);
    await api(alice)
      .post(`${API}/nonconformities`)
      .send(nonconformity)
      .expect(201);
    expect((await read(ncs.id)).current).toMatchObject({
      value: ncsBefore + 2,
      detail: `${ncsBefore + 2} nonconformities not closed`,
    });

    const before = (await read(clauses.id)).current.value;
    await api(alice)
      .put(`${API}/aims/clauses/4.1`)
      .send({ status: 'implemented', notes: 'Context analysed' })
      .expect(200);
    expect((await read(clauses.id)).current.value).toBeGreaterThan(before);
  });

  it('refuses bad input with 400s naming the fields, and writes nothing', async () => {
    const rows = await count('aims_objectives');
    const wrong = await create({
      title: '',
      owner: 'nobody',
      measure: 'happiness',
      target: { value: -1, direction: 'sideways' },
      dueDate: '2026-02-30',
    }).expect(400);
    expect(
      wrong.body.error.details.map((d: { path: string }) => d.path).sort(),
    ).toEqual(
      [
        'dueDate',
        'measure',
        'owner',
        'target.direction',
        'target.value',
        'title',
      ].sort(),
    );
    const percent = await create(
      objective({
        measure: 'clause-readiness',
        target: { value: 120, direction: 'at-least' },
      }),
    ).expect(400);
    expect(percent.body.error.details).toEqual([
      {
        path: 'target.value',
        message: 'must be a percentage from 0 to 100 for this measure',
      },
    ]);
    const counted = await create(
      objective({ target: { value: 1.5, direction: 'at-most' } }),
    ).expect(400);
    expect(counted.body.error.details[0].path).toBe('target.value');
    expect(await count('aims_objectives')).toBe(rows);

    const { id } = (await create(objective()).expect(201)).body;
    // The target of 0 open risks does not fit a change to a percentage… it
    // does; 1.5 critical risks does not.
    const mixed = await patch(id, '"1"', {
      target: { value: 1.5, direction: 'at-most' },
    }).expect(400);
    expect(mixed.body.error.details[0].path).toBe('target.value');
    await patch(id, '"1"', {}).expect(400);
    await patch(id, '"1"', { colour: 'red' }).expect(400);
    await api(alice).get(`${API}/aims/objectives?since=yesterday`).expect(400);
    await api(alice).get(`${API}/aims/objectives/not-a-uuid`).expect(400);
    await api(alice)
      .get(`${API}/aims/objectives/00000000-0000-4000-8000-000000000000`)
      .expect(404);
    expect((await read(id)).version).toBe(1);
  });
});
