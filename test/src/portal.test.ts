import {
  guestToken as signIn,
  startBackend,
  type Backend,
} from './harness/portal';
import { runScheduledTask } from './harness/scheduler';

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

  describe('task notifications', () => {
    type Received = {
      id: string;
      read: unknown;
      payload: { scope: string; link: string; severity: string };
    };
    type OpenTask = {
      id: string;
      entityRef: string;
      assignee: string | null;
      dueAt: string;
    };
    const get = async (path: string, token: string) =>
      (
        await fetch(`${baseUrl}${path}`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).json();
    /** The guest's task notifications, read and unread unless `query` says. */
    const received = async (token: string, query = '') =>
      (
        await get(
          `/api/notifications?topic=${encodeURIComponent(
            'AI governance tasks',
          )}&limit=500${query}`,
          token,
        )
      ).notifications as Received[];
    const ofScope = (all: Received[], task: OpenTask, event: string) =>
      all.filter(
        n => n.payload.scope === `ai-governance:task:${task.id}:${event}`,
      );
    const run = (token: string, taskId: string) =>
      runScheduledTask(baseUrl, token, 'ai-governance', taskId);

    it("sends the guest's team one notification per task, and escalates another team's week-overdue task to the department", async () => {
      const token = await guestToken();
      // Loading the seeded records opens their review and expiry tasks, in
      // no set order, so each task the test needs is waited for. The
      // guest's own task is an AI system's: the management system's tasks
      // (the governance office's document review) are in the guest's list
      // too, but are done on their own pages.
      const mine: OpenTask = await until(
        "an open task of the guest's team on an AI system",
        async () =>
          (
            await get('/api/ai-governance/tasks?assignee=me&status=open', token)
          ).items?.find((t: OpenTask) => t.entityRef.startsWith('aisystem:')),
      );
      const weekAgo = new Date(Date.now() - 7 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      // A team under engineering, the department the guest's team is in too.
      const late: OpenTask = await until(
        'a week-overdue task of the lending decisioning team',
        async () =>
          (
            await get(
              '/api/ai-governance/tasks?assignee=group:default/lending-decisioning&status=open',
              token,
            )
          ).items?.find((t: OpenTask) => t.dueAt <= weekAgo),
      );

      await run(token, 'ai-governance-task-notifications');
      const all = await received(token);
      const opened = ofScope(all, mine, 'opened');
      expect(opened).toEqual([
        expect.objectContaining({
          payload: expect.objectContaining({
            link: `/ai-governance/tasks?record=${mine.id}`,
            severity: 'normal',
          }),
        }),
      ]);
      const [, , name] = late.entityRef.split(/[:/]/);
      expect(ofScope(all, late, 'escalated')).toEqual([
        expect.objectContaining({
          payload: expect.objectContaining({
            link: `/catalog/default/aisystem/${name}/governance?section=tasks&record=${late.id}`,
            severity: 'critical',
          }),
        }),
      ]);
      // Opened and due went to the lending team only.
      expect(ofScope(all, late, 'opened')).toEqual([]);
      expect(ofScope(all, late, 'due')).toEqual([]);

      // Read, it stays read and single: the next run sends nothing again.
      const update = await fetch(`${baseUrl}/api/notifications/update`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ ids: [opened[0].id], read: true }),
      });
      expect(update.status).toBe(200);
      await run(token, 'ai-governance-task-notifications');
      expect(ofScope(await received(token), mine, 'opened')).toEqual([
        expect.objectContaining({ id: opened[0].id, read: expect.anything() }),
      ]);
      expect(
        ofScope(await received(token, '&read=false'), mine, 'opened'),
      ).toEqual([]);
    });
  });
});
