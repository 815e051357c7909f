import { alice } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the management system's own records (the clause gap
 * assessment and the internal audit programme) held to the spec.
 */

jest.setTimeout(60_000);

describe('the management system', () => {
  const harness = useConformanceBackend();
  const { call } = harness;

  it('lists the clause gap assessment, assesses a clause and answers the errors the spec lists', async () => {
    const list = await call('get', '/aims/clauses', 200);
    expect(list.body.items[0].id).toBe('4');
    const url = '/aims/clauses/6.1.2';
    const body = {
      status: 'partial',
      notes: 'Method written, not yet applied everywhere',
      owner: 'group:default/risk',
      evidenceLinks: [{ title: 'Method', url: 'https://wiki.example/m' }],
    };
    await call('put', url, 200, { body });
    await call('put', url, 428, { body });
    await call('put', url, 412, {
      headers: { ...alice, 'If-Match': '"7"' },
      body,
    });
    await call('put', url, 400, {
      headers: { ...alice, 'If-Match': '"1"' },
      body: { status: 'done' },
    });
    await call('put', '/aims/clauses/12.1', 404, { body });
    const changed = await call('put', url, 200, {
      headers: { ...alice, 'If-Match': '"1"' },
      body: { status: 'implemented' },
    });
    expect(changed.headers.etag).toBe('"2"');
  });

  it('plans an audit, changes it, records a finding and answers the errors the spec lists', async () => {
    const plan = {
      year: 2026,
      title: 'Risk management',
      scope: {
        clauses: ['8.2'],
        systems: ['aisystem:default/credit-scoring'],
      },
      auditors: ['user:default/alice'],
      leadAuditor: 'user:default/alice',
      plannedStart: '2026-12-07',
      plannedEnd: '2026-12-11',
    };
    const created = await call('post', '/audits', 201, { body: plan });
    await call('post', '/audits', 400, { body: { ...plan, year: 'x' } });
    await call('get', '/audits?year=2026&status=planned', 200);
    const url = `/audits/${created.body.id}`;
    await call('get', url, 200);
    await call('patch', url, 428, { body: { status: 'in-progress' } });
    await call('patch', url, 412, {
      headers: { ...alice, 'If-Match': '"7"' },
      body: { status: 'in-progress' },
    });
    const finding = {
      kind: 'minor-nonconformity',
      reference: '8.2',
      entityRef: 'aisystem:default/credit-scoring',
      description: 'The October risk review was not held',
    };
    await call('post', `${url}/findings`, 409, { body: finding });
    await call('patch', url, 200, {
      headers: { ...alice, 'If-Match': '"1"' },
      body: { status: 'in-progress' },
    });
    const found = await call('post', `${url}/findings`, 201, {
      body: finding,
    });
    expect(found.body.findings[0].nonconformityId).toBeTruthy();
  });

  it('exercised every operation of its tag with a success', () => {
    expect(
      unexercisedOperations(harness, { tags: ['Management system'] }),
    ).toEqual([]);
  });
});
