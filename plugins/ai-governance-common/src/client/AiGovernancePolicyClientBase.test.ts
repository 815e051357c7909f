import { ResponseError } from '@backstage/errors';
import { isConflictError } from './errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The policy and procedure calls of the client against a fake fetch: what
 * goes over the wire, and how a refusal comes back.
 */

const doc = {
  id: 'd1',
  title: 'AI policy',
  version: 3,
  currentVersion: 1,
  versions: [],
};

describe('AiGovernanceApiClient policies and procedures', () => {
  it('lists the documents of a kind and reads one', async () => {
    const list = clientAnswering(json(200, { items: [doc] }));
    const items = await list.client.listPolicies({ kind: 'policy' });
    expect(list.request().url).toBe(`${BASE}/aims/policies?kind=policy`);
    expect(items.map(d => d.title)).toEqual(['AI policy']);

    const read = clientAnswering(json(200, doc));
    expect((await read.client.getPolicy('d1')).currentVersion).toBe(1);
    expect(read.request().url).toBe(`${BASE}/aims/policies/d1`);
  });

  it('creates a document, changes it and writes a version at the version read', async () => {
    const body = {
      kind: 'policy' as const,
      topic: 'ai-policy' as const,
      title: 'AI policy',
      owner: 'group:default/ai-governance-office',
      content: { format: 'markdown' as const, markdown: '# AI policy' },
    };
    const created = clientAnswering(json(201, doc));
    await created.client.createPolicy(body);
    expect(created.request().method).toBe('POST');
    expect(await created.request().json()).toEqual(body);

    const changed = clientAnswering(json(200, doc));
    await changed.client.updatePolicy('d1', 3, { reviewMonths: 6 });
    expect(changed.request().method).toBe('PATCH');
    expect(changed.request().headers.get('If-Match')).toBe('"3"');

    const drafted = clientAnswering(json(201, doc));
    const version = {
      content: { format: 'url' as const, url: 'https://example.com/p' },
      changeSummary: 'Moved to the intranet',
    };
    await drafted.client.createPolicyVersion('d1', 3, version);
    expect(drafted.request().url).toBe(`${BASE}/aims/policies/d1/versions`);
    expect(drafted.request().headers.get('If-Match')).toBe('"3"');
    expect(await drafted.request().json()).toEqual(version);
  });

  it('submits, approves and rejects a version by number at the version read', async () => {
    const submitted = clientAnswering(json(200, doc));
    await submitted.client.submitPolicyVersion('d1', 2, 3);
    expect(submitted.request().url).toBe(
      `${BASE}/aims/policies/d1/versions/2/submit`,
    );
    expect(submitted.request().headers.get('If-Match')).toBe('"3"');

    const approved = clientAnswering(json(200, doc));
    await approved.client.approvePolicyVersion('d1', 2, 4, {
      effectiveFrom: '2027-01-01',
    });
    expect(approved.request().url).toBe(
      `${BASE}/aims/policies/d1/versions/2/approve`,
    );
    expect(await approved.request().json()).toEqual({
      effectiveFrom: '2027-01-01',
    });

    const rejected = clientAnswering(json(200, doc));
    await rejected.client.rejectPolicyVersion('d1', 2, 4, 'Too vague');
    expect(rejected.request().url).toBe(
      `${BASE}/aims/policies/d1/versions/2/reject`,
    );
    expect(await rejected.request().json()).toEqual({ reason: 'Too vague' });
  });

  it('throws a stale change as a conflict and the approver rule with its message', async () => {
    const stale = clientAnswering(
      apiError(412, 'PreconditionFailedError', 'Document d1 was changed'),
    );
    const error = await stale.client
      .submitPolicyVersion('d1', 2, 1)
      .catch(e => e);
    expect(isConflictError(error)).toBe(true);

    const refused = clientAnswering(
      apiError(
        403,
        'NotAllowedError',
        'user:default/carol does not hold the AIMS role top-management: documents of the management system are approved by top management',
      ),
    );
    const denied = await refused.client
      .approvePolicyVersion('d1', 2, 4)
      .catch(e => e);
    expect(denied).toBeInstanceOf(ResponseError);
    expect(denied.response.status).toBe(403);
    expect(denied.body.error.message).toContain('top-management');
  });
});
