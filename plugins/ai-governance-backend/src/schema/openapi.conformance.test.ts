import {
  unexercisedOperations,
  missingConformanceFiles,
  TAGS_WITH_OWN_FILE,
  useConformanceBackend,
} from './__testUtils__/conformance';
import { ENTITY, fullRisk } from './__testUtils__/records';

/*
 * Holds the answers of the ai-governance API to src/schema/openapi.yaml
 * where no tag owns them: /health, the authentication every other operation
 * needs, and that every operation of the spec is exercised with a success.
 * Statuses, media types and headers are checked by the harness, JSON bodies
 * by the router itself (response validation of the generated router, on in
 * the test backend). The tags listed in TAGS_WITH_OWN_FILE have their own
 * files under src/schema/conformance/.
 */

jest.setTimeout(60_000);

describe('the answers of the ai-governance API', () => {
  const harness = useConformanceBackend();
  const { call } = harness;

  describe('health and authentication', () => {
    it('answers /health without credentials', async () => {
      const res = await call('get', '/health', 200, { headers: {} });
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('answers 401 without valid credentials', async () => {
      const res = await call('get', '/controls', 401, {
        headers: { Authorization: 'Bearer mock-none-token' },
      });
      expect(res.body.error.name).toBe('AuthenticationError');
    });

    it('answers 403 when a service without a user changes records', async () => {
      const refused = await call('post', `${ENTITY}/risks`, 403, {
        headers: { Authorization: 'Bearer mock-service-token' },
        body: fullRisk,
      });
      expect(refused.body.error.name).toBe('NotAllowedError');
      // ...but lets it read.
      const read = await call('get', `${ENTITY}/risks`, 200, {
        headers: { Authorization: 'Bearer mock-service-token' },
      });
      expect(read.body).toEqual({ items: [] });
    });
  });

  it('exercised every operation of the other tags with a success', () => {
    expect(
      unexercisedOperations(harness, {
        exceptTags: Object.keys(TAGS_WITH_OWN_FILE),
      }),
    ).toEqual([]);
  });

  it('has a conformance file for every tag said to have its own', () => {
    expect(missingConformanceFiles()).toEqual([]);
  });
});
