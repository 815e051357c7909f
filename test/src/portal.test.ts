import {
  guestToken as signIn,
  startBackend,
  type Backend,
} from './harness/portal';

/*
 * Boots the whole demo backend (packages/backend) through the harness, as
 * `backstage-cli package start` runs it (less its file watcher), on its own
 * port and an in-memory database, and talks to it over HTTP as the frontend
 * would: pinned Backstage packages that do not fit together fail here first.
 */
jest.setTimeout(240_000);

let backend: Backend;
let baseUrl: string;

beforeAll(async () => {
  // No app: these tests read the APIs only.
  backend = await startBackend({ app: false });
  baseUrl = backend.baseUrl;
});

afterAll(() => backend?.stop());

const until = <T>(what: string, probe: () => Promise<T | undefined>) =>
  backend.until(what, probe, 180_000);

const guestToken = () => signIn(baseUrl);

describe('the demo portal backend', () => {
  it('refuses the catalog API without credentials', async () => {
    const res = await fetch(
      `${baseUrl}/api/catalog/entities/by-query?filter=kind=aisystem`,
    );
    expect(res.status).toBe(401);
  });

  it('serves at least six AI systems, each owned, to a guest who signs in', async () => {
    const token = await guestToken();
    const items = await until('six stitched AI systems', async () => {
      const res = await fetch(
        `${baseUrl}/api/catalog/entities/by-query?filter=kind=aisystem`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      const body = await res.json();
      const owned = body.items.filter((e: any) =>
        e.relations?.some((r: any) => r.type === 'ownedBy'),
      );
      return owned.length >= 6 ? body.items : undefined;
    });
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const entity of items) {
      expect(entity.apiVersion).toBe('aigov.dev/v1alpha1');
      expect(entity.relations.some((r: any) => r.type === 'ownedBy')).toBe(
        true,
      );
    }
  });

  it('signs the guest in as the governance officer of the demo organisation', async () => {
    const token = await guestToken();
    const res = await fetch(`${baseUrl}/api/auth/v1/userinfo`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const { claims } = await res.json();
    expect(claims.sub).toBe('user:default/guest');
    expect(claims.ent).toContain('group:default/ai-governance-office');
  });

  describe('governance records', () => {
    const api = (path: string, token: string, init: RequestInit = {}) =>
      fetch(`${baseUrl}/api/ai-governance${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          ...(init.headers ?? {}),
        },
      });

    it('refuses the governance API without credentials', async () => {
      const res = await fetch(`${baseUrl}/api/ai-governance/controls`);
      expect(res.status).toBe(401);
    });

    it('seeds the demo records and rolls the scorecards up to the engineering department', async () => {
      const token = await guestToken();
      const engineering = await until(
        'the seeded team scorecards',
        async () => {
          const res = await api('/scorecards?groupBy=owner', token);
          const { items } = await res.json();
          const row = items?.find(
            (r: any) => r.groupRef === 'group:default/engineering',
          );
          const seeded = row && row.levels.none < row.systems;
          return seeded ? row : undefined;
        },
      );
      expect(engineering.systems).toBe(6);
      const credit = await (
        await api(
          '/entities/aisystem/default/retail-credit-scoring/scorecard',
          token,
        )
      ).json();
      expect(credit).toMatchObject({
        entityRef: 'aisystem:default/retail-credit-scoring',
        riskTier: 'high',
        level: 'bronze',
      });
      const risks = await (
        await api(
          '/entities/aisystem/default/retail-credit-scoring/risks',
          token,
        )
      ).json();
      expect(risks.items.length).toBeGreaterThan(3);
    });

    it('lets the guest, a governance officer, record a risk through the real permission backend', async () => {
      const token = await guestToken();
      const created = await api(
        '/entities/aisystem/default/candidate-screening/risks',
        token,
        {
          method: 'POST',
          body: JSON.stringify({
            title: 'Screening favours candidates from a few universities',
            category: 'fairness',
            lifecycleStage: 'operation',
            likelihood: 3,
            impact: 4,
          }),
        },
      );
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({
        createdBy: 'user:default/guest',
        level: 'high',
      });
      const verify = await (await api('/history/verify', token)).json();
      expect(verify.ok).toBe(true);
      expect(verify.checked).toBeGreaterThan(100);
    });
  });
});
