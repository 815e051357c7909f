import { createHash } from 'node:crypto';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { mockServices } from '@backstage/backend-test-utils';
import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';
import { withoutAppendOnlyTriggers } from '../__testUtils__/tamper';
import { runIntegrityCheck } from './jobs/integrity';
import { createGovernanceServices } from './services';

jest.setTimeout(120_000);

describeOnEachDatabase('records bound to their history on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api } = backend;
  const services = () =>
    createGovernanceServices({
      knex: backend.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      integrity: { sweepRecords: 1000 },
    });
  // What an auditor asks: GET /history/verify (its answer checked against the spec).
  const verify = async () =>
    (await api(alice).get('/api/ai-governance/history/verify').expect(200))
      .body;

  // Each test tampers with a record it made and puts it back, so the next
  // one starts from records that match their history.
  let undo: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const fn of undo.reverse()) await fn();
    undo = [];
    const after = await verify();
    if (!after.ok) throw new Error(`not restored: ${after.reason}`);
  });

  const newRisk = async (title: string) =>
    (
      await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send({ ...minimalRisk, title, likelihood: 5, impact: 5 })
        .expect(201)
    ).body;

  /** Changes a row behind the service's back and schedules putting it back. */
  const tamper = async (
    table: string,
    where: Record<string, unknown>,
    values: Record<string, unknown>,
  ) => {
    const before = await backend.knex(table).where(where).first();
    await backend.knex(table).where(where).update(values);
    undo.push(() =>
      backend
        .knex(table)
        .where(where)
        .update(
          Object.fromEntries(Object.keys(values).map(k => [k, before[k]])),
        ),
    );
  };

  it('names the risk and the field edited in its table', async () => {
    const risk = await newRisk('Unfair declines for thin-file applicants');
    await tamper('risks', { id: risk.id }, { likelihood: 1, impact: 1 });
    const result = await verify();
    expect(result).toMatchObject({
      ok: false,
      record: { type: 'risk', id: risk.id, field: 'impact' },
    });
    expect(result.reason).toContain(
      `risk ${risk.id} of ${CREDIT}: impact differs`,
    );
  });

  it('names a Statement of Applicability row edited in its table', async () => {
    await api(alice)
      .put(`${CREDIT_PATH}/controls/A.6.2.4`)
      .send({ applicable: true, status: 'planned' })
      .expect(s => expect([200, 201]).toContain(s.status));
    await tamper(
      'control_statuses',
      { entity_ref: CREDIT, control_id: 'A.6.2.4' },
      { status: 'implemented' },
    );
    expect(await verify()).toMatchObject({
      ok: false,
      record: { type: 'control', id: 'A.6.2.4', field: 'status' },
    });
  });

  it('names an assessment whose answers were rewritten in its table', async () => {
    const created = (
      await api(alice)
        .post(`${CREDIT_PATH}/assessments`)
        .send({ type: 'impact', answers: { scope: 'retail lending' } })
        .expect(201)
    ).body;
    await tamper(
      'assessments',
      { id: created.id },
      { answers: JSON.stringify({ scope: 'internal pilot only' }) },
    );
    expect(await verify()).toMatchObject({
      ok: false,
      record: { type: 'assessment', id: created.id, field: 'answers.scope' },
    });
  });

  it('finds a row no event wrote, and an event whose row is gone', async () => {
    const risk = await newRisk('Copied in by hand');
    const row = await backend.knex('risks').where('id', risk.id).first();
    const { row_id: _rowId, ...copy } = row;
    const forged = { ...copy, id: '00000000-0000-4000-8000-00000000f0f0' };
    await backend.knex('risks').insert(forged);
    undo.push(() => backend.knex('risks').where('id', forged.id).delete());
    expect(await verify()).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no history event wrote it'),
      record: { type: 'risk', id: forged.id, field: '<record>' },
    });
    await backend.knex('risks').where('id', forged.id).delete();
    undo = [];

    await backend.knex('risks').where('id', risk.id).delete();
    undo.push(() => backend.knex('risks').insert(row));
    expect(await verify()).toMatchObject({
      ok: false,
      reason: expect.stringContaining('is in the history'),
      record: { type: 'risk', id: risk.id },
    });
  });

  it('refuses a forged evidence file whose hash column was edited to match it', async () => {
    const created = await api(alice)
      .post(`${CREDIT_PATH}/evidence`)
      .send({
        title: 'Drift report',
        kind: 'report',
        fileName: 'drift.pdf',
        collectedAt: '2026-10-01',
      })
      .expect(201);
    const genuine = Buffer.from('the drift report as uploaded');
    await api(alice)
      .put(`/api/ai-governance/evidence/${created.body.id}/content`)
      .set('Content-Type', 'application/pdf')
      .send(genuine)
      .expect(200);
    // The attacker stores another file and points the record at it.
    const forged = Buffer.from('a reassuring report, written later');
    const forgedSha = createHash('sha256').update(forged).digest('hex');
    await backend.knex('evidence_blobs').insert({
      sha256: forgedSha,
      size: forged.length,
      content: forged,
      created_at: new Date().toISOString(),
    });
    undo.push(() =>
      backend.knex('evidence_blobs').where('sha256', forgedSha).delete(),
    );
    await tamper('evidence', { id: created.body.id }, { sha256: forgedSha });

    const download = await api(bob).get(
      `/api/ai-governance/evidence/${created.body.id}/content`,
    );
    expect(download.status).toBe(500);
    expect(download.body.error.name).toBe('EvidenceIntegrityError');
    expect(download.body.error.message).toContain('was changed after upload');
    expect(await verify()).toMatchObject({
      ok: false,
      record: { type: 'evidence', id: created.body.id, field: 'file.sha256' },
    });
  });

  it('finds in the scheduled check what was edited, audits it and notifies the office once', async () => {
    const risk = await newRisk('Model drift after the spring release');
    const check = services().integrity;
    const notifications = { send: jest.fn().mockResolvedValue(undefined) };
    const auditor = mockServices.auditor.mock();
    const fail = jest.fn();
    auditor.createEvent.mockResolvedValue({ success: jest.fn(), fail });
    const options = {
      integrity: check,
      logger: mockServices.logger.mock(),
      auditor,
      notifications,
      recipients: 'group:default/ai-governance-office',
    };
    const first = await runIntegrityCheck(options);
    expect(first.reason).toBeUndefined();
    expect(first).toMatchObject({ ok: true });
    expect(notifications.send).not.toHaveBeenCalled();

    await tamper('risks', { id: risk.id }, { status: 'closed' });
    // Nothing wrote an event since the last run: the sweep finds the edit.
    const run = await runIntegrityCheck(options);
    expect(run).toMatchObject({
      ok: false,
      record: { type: 'risk', id: risk.id, field: 'status', entityRef: CREDIT },
    });
    expect(notifications.send).toHaveBeenCalledTimes(1);
    expect(notifications.send.mock.calls[0][0]).toMatchObject({
      recipients: {
        type: 'entity',
        entityRef: 'group:default/ai-governance-office',
      },
      payload: { severity: 'critical', topic: 'ai-governance-integrity' },
    });
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'integrity-mismatch',
        severityLevel: 'critical',
      }),
    );
    expect(fail).toHaveBeenCalled();

    // While the same problem persists, the office is not told again.
    await runIntegrityCheck(options);
    expect(notifications.send).toHaveBeenCalledTimes(1);
  });

  it('notices in the scheduled check that events it verified before were rewritten', async () => {
    await newRisk('Prompt injection through pasted tickets');
    const check = services().integrity;
    const auditor = mockServices.auditor.mock();
    auditor.createEvent.mockResolvedValue({
      success: jest.fn(),
      fail: jest.fn(),
    });
    const options = {
      integrity: check,
      logger: mockServices.logger.mock(),
      auditor,
      recipients: 'group:default/ai-governance-office',
    };
    const good = await runIntegrityCheck(options);
    expect(good.ok).toBe(true);
    const event = await backend
      .knex('history')
      .where('seq', good.chainSeq)
      .first();
    await withoutAppendOnlyTriggers(backend.knex, () =>
      backend
        .knex('history')
        .where('seq', good.chainSeq)
        .update({ hash: 'f'.repeat(64) }),
    );
    undo.push(() =>
      withoutAppendOnlyTriggers(backend.knex, () =>
        backend
          .knex('history')
          .where('seq', good.chainSeq)
          .update({ hash: event.hash }),
      ),
    );
    expect(await runIntegrityCheck(options)).toMatchObject({
      ok: false,
      reason: `event ${good.chainSeq}, verified by the last check, has been rewritten`,
    });
  });
});
