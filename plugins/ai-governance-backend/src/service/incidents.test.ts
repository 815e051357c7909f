import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';

jest.setTimeout(120_000);

/*
 * The incident register through the API on each database: reporting,
 * the status rules, the Art. 73 clock in the answers, the timeline, a risk
 * from an incident, the report draft, the CSV and the history replay.
 */

const API = '/api/ai-governance';
const FRAUD_PATH = `${API}/entities/aisystem/default/fraud`;

const report = (over: Record<string, unknown> = {}) => ({
  title: 'Loan denials for a postcode',
  description: 'Applicants from one postcode were all denied.',
  detectedAt: '2026-09-01T08:00:00Z',
  awareAt: '2026-09-01T10:15:00Z',
  severity: 'high',
  harmCategories: ['fundamental-rights'],
  affectedPeople: { count: 120, groups: ['loan applicants'] },
  ...over,
});

describeOnEachDatabase('incidents on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });

  const { api } = backend;
  const knex = () => backend.knex;
  const create = async (path: string, body: object) =>
    (await api(alice).post(`${path}/incidents`).send(body).expect(201)).body;
  const patch = (incident: { id: string; version: number }, body: object) =>
    api(alice)
      .patch(`${API}/incidents/${incident.id}`)
      .set('If-Match', `"${incident.version}"`)
      .send(body);

  it('reports a serious incident with its Art. 73 clock, and lists it', async () => {
    const res = await api(bob)
      .post(`${CREDIT_PATH}/incidents`)
      .send(
        report({ serious: true, seriousCategory: 'widespread-infringement' }),
      )
      .expect(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`${API}/incidents/${res.body.id}`);
    expect(res.body).toMatchObject({
      entityRef: CREDIT,
      status: 'reported',
      reporter: 'user:default/bob',
      serious: true,
      reportDueAt: '2026-09-03T10:15:00.000Z',
      // The test clock is now, long after 3 September 2026... or before it.
      reportOverdue: Date.now() > Date.parse('2026-09-03T10:15:00.000Z'),
      art73Applies: true,
      report: { state: 'not-reported', authority: null },
    });
    const listed = await api(alice).get(`${CREDIT_PATH}/incidents`).expect(200);
    expect(listed.body.items.map((i: any) => i.id)).toContain(res.body.id);
    const serious = await api(alice)
      .get(`${API}/incidents?serious=true`)
      .expect(200);
    expect(serious.body.items.every((i: any) => i.serious)).toBe(true);
  });

  it('makes the clock informative on a system that is not high-risk', async () => {
    const incident = await create(
      FRAUD_PATH,
      report({ serious: true, seriousCategory: 'death' }),
    );
    expect(incident).toMatchObject({
      reportDueAt: '2026-09-11T10:15:00.000Z',
      art73Applies: false,
    });
  });

  it('lists overdue serious incidents until the initial report is sent', async () => {
    const late = await create(
      CREDIT_PATH,
      report({
        awareAt: '2020-01-01T00:00:00Z',
        detectedAt: '2020-01-01T00:00:00Z',
        serious: true,
        seriousCategory: 'other-serious-harm',
      }),
    );
    expect(late.reportOverdue).toBe(true);
    const overdue = async () =>
      (
        await api(alice).get(`${API}/incidents?overdue=true`).expect(200)
      ).body.items.map((i: any) => i.id);
    expect(await overdue()).toContain(late.id);
    const sent = await patch(late, {
      report: {
        state: 'initial-report-sent',
        initialSentAt: '2020-01-10T09:00:00Z',
        finalSentAt: null,
        authority: 'National market surveillance authority',
      },
    }).expect(200);
    expect(sent.body.reportOverdue).toBe(false);
    expect(await overdue()).not.toContain(late.id);
  });

  it('moves one status at a time: skipping to closed is a 409 naming the rule', async () => {
    let incident = await create(CREDIT_PATH, report());
    const skip = await patch(incident, { status: 'closed' }).expect(409);
    expect(skip.body.error.message).toContain(
      'cannot move from reported to closed',
    );
    for (const status of [
      'triaged',
      'investigating',
      'remediating',
      'closed',
    ]) {
      incident = (await patch(incident, { status }).expect(200)).body;
    }
    expect(incident.status).toBe('closed');
    const after = await patch(incident, { title: 'Renamed' }).expect(409);
    expect(after.body.error.message).toContain('is closed');
    const timeline = await api(alice)
      .get(`${API}/incidents/${incident.id}/entries`)
      .expect(200);
    expect(
      timeline.body.items.map((e: any) => `${e.fromStatus}>${e.toStatus}`),
    ).toEqual([
      'reported>triaged',
      'triaged>investigating',
      'investigating>remediating',
      'remediating>closed',
    ]);
  });

  it('rejects only with a reason', async () => {
    const incident = await create(CREDIT_PATH, report());
    const bare = await patch(incident, { status: 'rejected' }).expect(400);
    expect(bare.body.error.details).toEqual([
      { path: 'rejectionReason', message: 'is required to reject an incident' },
    ]);
    const done = await patch(incident, {
      status: 'rejected',
      rejectionReason: 'A test transaction, not a customer.',
    }).expect(200);
    expect(done.body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'A test transaction, not a customer.',
    });
  });

  it('needs If-Match on PATCH and refuses a stale one', async () => {
    const incident = await create(CREDIT_PATH, report());
    await api(alice)
      .patch(`${API}/incidents/${incident.id}`)
      .send({ severity: 'low' })
      .expect(428);
    await patch(incident, { severity: 'low' }).expect(200);
    const stale = await patch(incident, { severity: 'medium' }).expect(412);
    expect(stale.body.error.message).toContain('changed by someone else');
    const now = await api(alice).get(`${API}/incidents/${incident.id}`);
    expect(now.body).toMatchObject({ severity: 'low', version: 2 });
  });

  it('attaches evidence of the same system only', async () => {
    const incident = await create(CREDIT_PATH, report());
    const evidence = (path: string) =>
      api(alice)
        .post(`${path}/evidence`)
        .send({
          title: 'Decision log extract',
          kind: 'document',
          url: 'https://example.com/log',
          collectedAt: '2026-09-02',
        })
        .expect(201);
    const own = (await evidence(CREDIT_PATH)).body;
    const other = (await evidence(FRAUD_PATH)).body;
    const entry = (evidenceId: string) =>
      api(alice)
        .post(`${API}/incidents/${incident.id}/entries`)
        .send({ kind: 'attachment', evidenceId });
    const refused = await entry(other.id).expect(400);
    expect(refused.body.error.details).toEqual([
      {
        path: 'evidenceId',
        message: `${other.id} is not evidence of ${CREDIT}`,
      },
    ]);
    const ok = await entry(own.id).expect(201);
    expect(ok.body).toMatchObject({ kind: 'attachment', evidenceId: own.id });
    await api(alice)
      .post(`${API}/incidents/${incident.id}/entries`)
      .send({ kind: 'comment', text: 'Seen again on Monday.' })
      .expect(201);
  });

  it('creates a risk from an incident, linked both ways in one step', async () => {
    const incident = await create(CREDIT_PATH, report());
    const res = await api(alice)
      .post(`${API}/incidents/${incident.id}/risks`)
      .set('If-Match', '"1"')
      .send(minimalRisk)
      .expect(201);
    expect(res.body).toMatchObject({
      entityRef: CREDIT,
      source: `incident:${incident.id}`,
    });
    const linked = await api(alice)
      .get(`${API}/incidents/${incident.id}`)
      .expect(200);
    expect(linked.body).toMatchObject({ riskIds: [res.body.id], version: 2 });
    // A stale version writes neither the risk nor the link.
    const risks = await knex()('risks').count({ n: '*' });
    await api(alice)
      .post(`${API}/incidents/${incident.id}/risks`)
      .set('If-Match', '"1"')
      .send(minimalRisk)
      .expect(412);
    expect(await knex()('risks').count({ n: '*' })).toEqual(risks);
  });

  it('drafts the serious-incident report in Markdown', async () => {
    const incident = await create(
      CREDIT_PATH,
      report({
        serious: true,
        seriousCategory: 'death',
        containment: 'Model switched off for the postcode.',
      }),
    );
    const res = await api(alice)
      .get(`${API}/incidents/${incident.id}/report.md`)
      .expect(200);
    expect(res.headers['content-type']).toContain('text/markdown');
    for (const line of [
      '# Serious incident report (draft): Loan denials for a postcode',
      '- System: Credit scoring (aisystem:default/credit-scoring)',
      '- Owner: group:default/lending',
      '- Serious category: death',
      '- Organisation aware at: 2026-09-01T10:15:00.000Z',
      '- Due at: 2026-09-11T10:15:00.000Z (10 days after awareness, Regulation (EU) 2024/1689, Art. 73(4))',
      '- People affected: 120 (loan applicants)',
      'Model switched off for the postcode.',
    ]) {
      expect(res.text).toContain(line);
    }
  });

  it('exports the register as CSV', async () => {
    const res = await api(alice)
      .get(`${API}/exports/incidents.csv?serious=true`)
      .expect(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="incidents.csv"',
    );
    const [header, ...rows] = res.text.trim().split('\r\n');
    expect(header).toContain(
      '"Report due at","Report overdue","Art. 73 applies"',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(r => r.includes('"true"'))).toBe(true);
    expect(res.text).toContain('"Credit scoring"');
  });

  it('refuses a bad filter naming it', async () => {
    const res = await api(alice)
      .get(`${API}/incidents?serious=yes`)
      .expect(400);
    expect(res.body.error.details[0].path).toBe('serious');
  });

  it('still verifies the history after incident writes', async () => {
    const events = await knex()('history')
      .whereIn('record_type', ['incident', 'incident-entry'])
      .count({ n: '*' });
    expect(Number(events[0].n)).toBeGreaterThan(10);
    const verified = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(verified.body).toMatchObject({ ok: true });
  });

  it('finds an incident or an entry changed behind the history', async () => {
    const incident = await create(CREDIT_PATH, report());
    await knex()('incidents')
      .where({ id: incident.id })
      .update({ root_cause: 'Rewritten in the database' });
    const broken = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(broken.body).toMatchObject({
      ok: false,
      record: { type: 'incident', id: incident.id, field: 'rootCause' },
    });
    await knex()('incidents')
      .where({ id: incident.id })
      .update({ root_cause: null });
    const entry = await api(alice)
      .post(`${API}/incidents/${incident.id}/entries`)
      .send({ kind: 'comment', text: 'As said on the phone' })
      .expect(201);
    await knex()('incident_entries')
      .where({ id: entry.body.id })
      .update({ text: 'Something else' });
    const again = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(again.body).toMatchObject({
      ok: false,
      record: { type: 'incident-entry', id: entry.body.id, field: 'text' },
    });
  });
});
