import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * Boots the whole demo backend (packages/backend) the way `yarn start` does,
 * on its own port and an in-memory database, and talks to it over HTTP as the
 * frontend would: pinned Backstage packages that do not fit together fail
 * here first.
 */
jest.setTimeout(240_000);

const root = resolve(__dirname, '../..');
const port = 7000 + Math.floor(Math.random() * 900) + 100;
const baseUrl = `http://localhost:${port}`;
let backend: ChildProcess;
let output = '';

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 180_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (backend.exitCode !== null) {
      throw new Error(
        `backend exited with ${
          backend.exitCode
        } while waiting for ${what}:\n${output.slice(-4000)}`,
      );
    }
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${output.slice(-4000)}`);
    await new Promise(r => setTimeout(r, 500));
  }
}

async function guestToken(): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(res.status).toBe(200);
  const body = await res.json();
  return body.backstageIdentity.token;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aigov-portal-'));
  const override = join(dir, 'app-config.test.yaml');
  writeFileSync(
    override,
    JSON.stringify({
      backend: {
        baseUrl,
        listen: { port },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
      catalog: { processingInterval: { seconds: 2 } },
    }),
  );
  backend = spawn(
    process.execPath,
    [
      join(root, 'node_modules/@backstage/cli/bin/backstage-cli'),
      'package',
      'start',
      '--config',
      join(root, 'app-config.yaml'),
      '--config',
      override,
    ],
    {
      cwd: join(root, 'packages/backend'),
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      detached: true,
    },
  );
  backend.stdout?.on('data', d => (output += d));
  backend.stderr?.on('data', d => (output += d));
  await until('the backend to be ready', async () => {
    const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
    return res.ok ? true : undefined;
  });
});

afterAll(async () => {
  if (backend?.pid && backend.exitCode === null) {
    process.kill(-backend.pid, 'SIGTERM');
    await new Promise(r => backend.once('exit', r));
  }
});

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
