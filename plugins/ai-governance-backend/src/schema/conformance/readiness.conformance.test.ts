import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the certification readiness held to the spec: the stage 1
 * checklist, a stage 2 sample drawn anew and again by its id, the
 * certification calendar of the configuration, and the errors the spec
 * lists. (The 403 of a conditional decision is in
 * permissions/readinessPermissions.test.ts.)
 */

jest.setTimeout(60_000);

/** No credentials. */
const NOBODY = { Authorization: 'Bearer mock-none-token' };

describe('the certification readiness', () => {
  const harness = useConformanceBackend({
    config: {
      aiGovernance: {
        certification: {
          certificateDate: '2026-03-10',
          certificationBody: 'Example Certification Ltd',
        },
      },
    },
  });
  const { call } = harness;

  it('answers readiness with a new sample and the same sample again, and the errors the spec lists', async () => {
    const first = await call('get', '/readiness', 200);
    expect(first.body.stage1.total).toBe(12);
    expect(first.body.surveillance.events).toHaveLength(4);
    const { sampleId } = first.body.stage2;
    const again = await call(
      'get',
      `/readiness?sampleId=${sampleId}&size=2`,
      200,
    );
    expect(again.body.stage2).toMatchObject({ sampleId, size: 2 });
    await call('get', '/readiness?size=0', 400);
    await call('get', '/readiness?size=101', 400);
    await call('get', '/readiness?sampleId=not%20an%20id', 400);
    await call('get', '/readiness', 401, { headers: NOBODY });
  });

  it('exercised every operation of its tag with a success', () => {
    expect(unexercisedOperations(harness, { tags: ['Readiness'] })).toEqual([]);
  });
});
