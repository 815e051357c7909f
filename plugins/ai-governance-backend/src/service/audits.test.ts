import type { Entity } from '@backstage/catalog-model';
import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import {
  alice,
  catalogSyncAtStartup,
  CREDIT,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The internal audit programme through the API on each database: planning
 * and changing audits under If-Match, the refusals naming fields and rules,
 * auditor independence from catalog membership, findings that open
 * nonconformities, the 9.2 pre-fill and the history's verification.
 */

const API = '/api/ai-governance';
const FRAUD = 'aisystem:default/fraud';

/** A member of the lending team, which owns credit scoring. */
const lena: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'lena', namespace: 'default' },
  spec: { memberOf: ['lending'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/lending' }],
};

const plan = (overrides: object = {}) => ({
  year: 2026,
  title: 'Risk management of the lending systems',
  scope: {
    clauses: ['6.1.2', '8.2'],
    controls: ['A.6.2.4'],
    systems: [CREDIT],
  },
  auditors: ['user:default/alice', 'user:default/ivan'],
  leadAuditor: 'user:default/alice',
  plannedStart: '2026-12-07',
  plannedEnd: '2026-12-11',
  ...overrides,
});

describeOnEachDatabase('the internal audit programme on %s', setup => {
  const backend = setup.governanceBackend({
    entities: [...testEntities, lena],
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api, count } = backend;
  const create = (body: object) => api(alice).post(`${API}/audits`).send(body);
  const patch = (id: string, version: string, body: object) =>
    api(alice).patch(`${API}/audits/${id}`).set('If-Match', version).send(body);
  const finding = (id: string, body: object) =>
    api(alice).post(`${API}/audits/${id}/findings`).send(body);
  const prefill92 = async () =>
    (await api(alice).get(`${API}/aims/clauses`).expect(200)).body.items.find(
      (c: { id: string }) => c.id === '9.2',
    ).prefilled;

  it('plans an audit, lists the programme by year and status, and changes it under If-Match', async () => {
    expect(await prefill92()).toMatchObject({ status: 'gap' });
    const created = await create(plan()).expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`${API}/audits/${created.body.id}`);
    expect(created.body).toMatchObject({
      entityRef: AIMS_ENTITY_REF,
      status: 'planned',
      findings: [],
      cancelReason: null,
      completedAt: null,
      createdBy: 'user:default/alice',
    });
    await create(plan({ year: 2027, title: 'Next year' })).expect(201);
    const { id } = created.body;

    const year = await api(alice).get(`${API}/audits?year=2026`).expect(200);
    expect(year.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const done = await api(alice)
      .get(`${API}/audits?status=completed`)
      .expect(200);
    expect(done.body.items).toEqual([]);
    expect((await api(alice).get(`${API}/audits?year=soon`)).status).toBe(400);
    expect(await prefill92()).toEqual({
      status: 'partial',
      reason: expect.stringContaining(
        '"Risk management of the lending systems" is planned from 2026-12-07',
      ),
    });

    const started = await patch(id, '"1"', { status: 'in-progress' }).expect(
      200,
    );
    expect(started.body).toMatchObject({ status: 'in-progress', version: 2 });
    const stale = await patch(id, '"1"', { title: 'Other' }).expect(412);
    expect(stale.body.error.message).toContain(id);
    expect(
      (await api(alice).patch(`${API}/audits/${id}`).send({ title: 'x' }))
        .status,
    ).toBe(428);
    const read = await api(alice).get(`${API}/audits/${id}`).expect(200);
    expect(read.headers.etag).toBe('"2"');
    expect(read.body.title).toBe('Risk management of the lending systems');
  });

  it('answers 400 naming the bad fields and writes nothing', async () => {
    const before = await count('history');
    const bad = await create({
      year: 'next',
      title: '',
      scope: { clauses: ['11.1'], controls: ['A.99'], systems: ['credit'] },
      auditors: ['ivan'],
      leadAuditor: 'user:default/ada',
      plannedStart: '2026-12-07',
      plannedEnd: 'soon',
    }).expect(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect([...new Set(paths)]).toEqual([
      'year',
      'title',
      'scope.clauses[0]',
      'scope.controls[0]',
      'scope.systems[0]',
      'auditors[0]',
      'plannedEnd',
    ]);
    const notLead = await create(
      plan({ leadAuditor: 'user:default/ada' }),
    ).expect(400);
    expect(notLead.body.error.details[0].path).toBe('leadAuditor');
    const backwards = await create(plan({ plannedEnd: '2026-12-01' })).expect(
      400,
    );
    expect(backwards.body.error.details[0].path).toBe('plannedEnd');
    expect(await count('history')).toBe(before);
  });

  it('refuses an auditor of the team that owns a system in scope, on create and on change', async () => {
    const before = await count('history');
    const refused = await create(
      plan({
        auditors: ['user:default/lena'],
        leadAuditor: 'user:default/lena',
      }),
    ).expect(409);
    expect(refused.body.error.message).toContain('auditor independence');
    expect(refused.body.error.message).toContain('user:default/lena');
    expect(refused.body.error.message).toContain(CREDIT);
    expect(refused.body.error.message).toContain('group:default/lending');
    expect(await count('history')).toBe(before);

    // Lena may audit fraud, which the risk team owns…
    const fair = await create(
      plan({
        scope: { systems: [FRAUD] },
        auditors: ['user:default/lena'],
        leadAuditor: 'user:default/lena',
      }),
    ).expect(201);
    // …but not once credit scoring joins the scope.
    const widened = await patch(fair.body.id, '"1"', {
      scope: { systems: [FRAUD, CREDIT] },
    }).expect(409);
    expect(widened.body.error.message).toContain(CREDIT);
    // Nor may she join an audit of credit scoring.
    const audit = await create(plan()).expect(201);
    const joined = await patch(audit.body.id, '"1"', {
      auditors: ['user:default/alice', 'user:default/lena'],
    }).expect(409);
    expect(joined.body.error.message).toContain('user:default/lena');
  });

  it('records findings only while in progress; a nonconformity finding opens its nonconformity', async () => {
    const { body: audit } = await create(plan()).expect(201);
    const nc = {
      kind: 'minor-nonconformity',
      reference: '8.2',
      entityRef: CREDIT,
      description: 'The quarterly risk review of October was not held',
      evidence: ['https://wiki.example.com/risk-minutes'],
    };
    const early = await finding(audit.id, nc).expect(409);
    expect(early.body.error.message).toContain(
      'findings are recorded only while an audit is in-progress',
    );
    await patch(audit.id, '"1"', { status: 'in-progress' }).expect(200);

    const noSystem = await finding(audit.id, {
      ...nc,
      entityRef: undefined,
    }).expect(400);
    expect(noSystem.body.error.details[0].path).toBe('entityRef');
    const outOfScope = await finding(audit.id, {
      ...nc,
      entityRef: FRAUD,
    }).expect(400);
    expect(outOfScope.body.error.details[0].path).toBe('entityRef');

    await finding(audit.id, {
      kind: 'conformity',
      reference: '6.1.2',
      description: 'Risk assessments are approved before deployment',
    }).expect(201);
    const added = await finding(audit.id, nc).expect(201);
    expect(added.headers.etag).toBe('"4"');
    const [first, second] = added.body.findings;
    expect(first).toMatchObject({ kind: 'conformity', nonconformityId: null });
    expect(second).toMatchObject({
      kind: 'minor-nonconformity',
      entityRef: CREDIT,
      recordedBy: 'user:default/alice',
    });
    const opened = await api(alice)
      .get(`${API}/nonconformities/${second.nonconformityId}`)
      .expect(200);
    expect(opened.body).toMatchObject({
      entityRef: CREDIT,
      source: 'internal-audit',
      sourceId: `${audit.id}/${second.id}`,
      status: 'open',
    });
    expect(opened.body.description).toContain(nc.description);

    // Completing needs a conclusion; then the audit is final.
    const noSummary = await patch(audit.id, '"4"', {
      status: 'completed',
    }).expect(400);
    expect(noSummary.body.error.details[0].path).toBe('summary');
    const completed = await patch(audit.id, '"4"', {
      status: 'completed',
      summary: 'Risk management operates; one minor nonconformity',
    }).expect(200);
    expect(completed.body.completedAt).toBeTruthy();
    const late = await finding(audit.id, nc).expect(409);
    expect(late.body.error.message).toContain('completed');
    const reopened = await patch(audit.id, '"5"', {
      status: 'in-progress',
    }).expect(409);
    expect(reopened.body.error.message).toContain('stays completed');
    expect(await prefill92()).toEqual({
      status: 'implemented',
      reason: expect.stringContaining(
        '"Risk management of the lending systems" was completed on',
      ),
    });
  });

  it('cancels with a reason only, and keeps the history verifiable', async () => {
    const { body: audit } = await create(plan()).expect(201);
    const noReason = await patch(audit.id, '"1"', {
      status: 'cancelled',
    }).expect(400);
    expect(noReason.body.error.details[0].path).toBe('cancelReason');
    await patch(audit.id, '"1"', {
      status: 'cancelled',
      cancelReason: 'Moved into the January audit',
    }).expect(200);
    const { body: history } = await api(alice)
      .get(`${API}/history?entityRef=${encodeURIComponent(AIMS_ENTITY_REF)}`)
      .expect(200);
    expect(history.items[0]).toMatchObject({
      recordType: 'audit',
      recordId: audit.id,
      action: 'update',
    });
    const verified = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(verified.body).toMatchObject({ ok: true });
  });

  it('finds an audit changed outside the service', async () => {
    await backend.knex('audits').update({ title: 'Tampered' });
    const { body } = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(body).toMatchObject({
      ok: false,
      record: { type: 'audit', field: 'title' },
    });
  });
});
