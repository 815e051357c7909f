import { ResponseError } from '@backstage/errors';
import { apiError, BASE, json, setup } from './__testUtils__/fakeApi';

/*
 * The readiness call of the client against a fake fetch: the sample id and
 * size go over the wire as the query, and a refusal comes back as the
 * API's error.
 */

const readiness = {
  stage1: { items: [], presentCount: 0, total: 12 },
  stage2: { sampleId: 'q7Jx2m', size: 3, inScope: 9, systems: [] },
  surveillance: {
    certified: false,
    certificateDate: null,
    certificationBody: null,
    events: [],
    note: 'No certificate is held yet',
  },
};

describe('AiGovernanceApiClient readiness', () => {
  it('reads readiness with a new sample, and draws a given sample again at the size asked', async () => {
    const { client, sent, answer } = setup({});
    answer(json(200, readiness));
    const first = await client.getReadiness();
    expect(sent[0].url).toBe(`${BASE}/readiness`);
    expect(first.stage2.sampleId).toBe('q7Jx2m');

    answer(json(200, readiness));
    await client.getReadiness({ sampleId: 'q7Jx2m', size: 5 });
    expect(sent[1].url).toBe(`${BASE}/readiness?sampleId=q7Jx2m&size=5`);
    expect(sent[1].method).toBe('GET');
  });

  it('throws the 400 naming the field', async () => {
    const { client, answer } = setup({});
    answer(
      apiError(400, 'InputError', 'Invalid query: size must be at most 100', [
        { path: 'size', message: 'must be at most 100' },
      ]),
    );
    const error = await client.getReadiness({ size: 101 }).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.body.error.details[0].path).toBe('size');
  });
});
