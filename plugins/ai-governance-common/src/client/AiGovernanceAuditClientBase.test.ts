import { ResponseError } from '@backstage/errors';
import { isConflictError } from './errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The internal audit calls of the client against a fake fetch: what goes
 * over the wire, and how a refusal comes back.
 */

const audit = { id: 'a1', title: 'Risk management', version: 2, findings: [] };

describe('AiGovernanceApiClient internal audits', () => {
  it('lists the programme of a year by status', async () => {
    const { client, request } = clientAnswering(json(200, { items: [audit] }));
    const list = await client.listAudits({ year: 2026, status: 'planned' });
    expect(request().url).toBe(`${BASE}/audits?year=2026&status=planned`);
    expect(list.map(a => a.title)).toEqual(['Risk management']);
  });

  it('reads, plans, changes at the version read, and adds a finding', async () => {
    const read = clientAnswering(json(200, audit));
    expect((await read.client.getAudit('a1')).version).toBe(2);
    expect(read.request().url).toBe(`${BASE}/audits/a1`);

    const plan = {
      year: 2026,
      title: 'Risk management',
      auditors: ['user:default/ada'],
      leadAuditor: 'user:default/ada',
      plannedStart: '2026-12-07',
      plannedEnd: '2026-12-11',
    };
    const planned = clientAnswering(json(201, audit));
    await planned.client.createAudit(plan);
    expect(planned.request().method).toBe('POST');
    expect(await planned.request().json()).toEqual(plan);

    const changed = clientAnswering(json(200, audit));
    await changed.client.updateAudit('a1', 2, { status: 'in-progress' });
    expect(changed.request().method).toBe('PATCH');
    expect(changed.request().headers.get('If-Match')).toBe('"2"');

    const found = clientAnswering(json(201, audit));
    const finding = {
      kind: 'observation' as const,
      reference: '9.2',
      description: 'The programme is not yet approved',
    };
    await found.client.addAuditFinding('a1', finding);
    expect(found.request().url).toBe(`${BASE}/audits/a1/findings`);
    expect(await found.request().json()).toEqual(finding);
  });

  it('throws a stale change as a conflict and an independence refusal with its message', async () => {
    const stale = clientAnswering(
      apiError(412, 'PreconditionFailedError', 'Audit a1 was changed'),
    );
    const error = await stale.client
      .updateAudit('a1', 1, { title: 'x' })
      .catch(e => e);
    expect(isConflictError(error)).toBe(true);

    const refused = clientAnswering(
      apiError(
        409,
        'ConflictError',
        'Refused by the rule of auditor independence: user:default/lena may not audit aisystem:default/credit-scoring',
      ),
    );
    const conflict = await refused.client
      .createAudit({
        year: 2026,
        title: 'x',
        auditors: ['user:default/lena'],
        leadAuditor: 'user:default/lena',
        plannedStart: '2026-12-07',
        plannedEnd: '2026-12-11',
      })
      .catch(e => e);
    expect(conflict).toBeInstanceOf(ResponseError);
    expect(conflict.response.status).toBe(409);
    expect(conflict.body.error.message).toContain('auditor independence');
  });
});
