import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { guestToken, startBackend, type Backend } from './harness/portal';

/*
 * Two replicas of the demo backend on one PostgreSQL, as a production
 * deployment runs them: writes through both keep one linear history chain,
 * optimistic concurrency holds across processes, and the scheduled jobs
 * (catalog sync and seeding, the integrity check) run once per period, not
 * once per replica. PostgreSQL only: SQLite is one process's database.
 */

const postgresUrl = Object.entries(process.env).find(([name]) =>
  /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(name),
)?.[1];

jest.setTimeout(420_000);

const SYSTEM =
  '/api/ai-governance/entities/aisystem/default/retail-credit-scoring';
// Short enough that a minute of the test sees many runs.
const CHECK_SECONDS = 3;

(postgresUrl ? describe : describe.skip)(
  'two replicas on one PostgreSQL',
  () => {
    const prefix = `aigov_replicas_${process.pid}_`;
    let replicas: Backend[] = [];
    let db: Knex;
    const tokens = new Map<Backend, string>();

    const call = async (
      replica: Backend,
      url: string,
      init: {
        method?: string;
        body?: unknown;
        headers?: Record<string, string>;
      } = {},
    ) => {
      const res = await fetch(`${replica.baseUrl}${url}`, {
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${tokens.get(replica)}`,
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
          ...init.headers,
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    };

    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-replicas-'));

    beforeAll(async () => {
      const start = () =>
        startBackend({
          app: false,
          database: { client: 'pg', connection: postgresUrl, prefix },
          config: {
            aiGovernance: {
              integrity: {
                check: { frequencyMinutes: CHECK_SECONDS / 60 },
                // One signing key and one sink, as replicas of one portal share.
                checkpoints: {
                  signingKeyFile: path.join(shared, 'checkpoint-key.pem'),
                  sink: { directory: path.join(shared, 'checkpoints') },
                },
              },
            },
          },
        });
      // The first migrates the databases; the second joins them.
      replicas = [await start()];
      replicas.push(await start());
      for (const replica of replicas) {
        tokens.set(replica, await guestToken(replica.baseUrl));
      }
      db = knexFactory({
        client: 'pg',
        connection: `${postgresUrl}/${prefix}ai-governance`,
      });
    });

    afterAll(async () => {
      await Promise.all(replicas.map(r => r.stop()));
      await db?.destroy();
      const admin = knexFactory({
        client: 'pg',
        connection: `${postgresUrl}/postgres`,
      });
      const { rows } = await admin.raw(
        'SELECT datname FROM pg_database WHERE datname LIKE ?',
        [`${prefix}%`],
      );
      for (const { datname } of rows)
        await admin.raw(`DROP DATABASE "${datname}"`);
      await admin.destroy();
      fs.rmSync(shared, { recursive: true, force: true });
    });

    it('keeps one linear chain when both replicas take writes at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          call(replicas[i % 2], `${SYSTEM}/risks`, {
            method: 'POST',
            body: {
              title: `Written through replica ${i % 2}, request ${i}`,
              category: 'robustness',
              lifecycleStage: 'operation',
              likelihood: 2,
              impact: 3,
            },
          }),
        ),
      );
      expect(results.map(r => r.status)).toEqual(results.map(() => 201));
      const seqs = (await db('history').orderBy('seq').select('seq')).map(r =>
        Number(r.seq),
      );
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      for (const replica of replicas) {
        const verified = await call(
          replica,
          '/api/ai-governance/history/verify',
        );
        expect(verified.body).toMatchObject({ ok: true, checked: seqs.length });
      }
    });

    it('lets one of ten PATCHes with the same If-Match win across replicas', async () => {
      const created = await call(replicas[0], `${SYSTEM}/risks`, {
        method: 'POST',
        body: {
          title: 'Contended',
          category: 'robustness',
          lifecycleStage: 'operation',
          likelihood: 2,
          impact: 2,
        },
      });
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(replicas[i % 2], `/api/ai-governance/risks/${created.body.id}`, {
            method: 'PATCH',
            headers: { 'If-Match': '"1"' },
            body: { title: `Edit ${i}` },
          }),
        ),
      );
      expect(results.filter(r => r.status === 200)).toHaveLength(1);
      expect(results.filter(r => r.status === 412)).toHaveLength(9);
    });

    it('signs one checkpoint per head when both replicas are asked at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call(replicas[i % 2], '/api/ai-governance/history/checkpoints', {
            method: 'POST',
          }),
        ),
      );
      expect(results.filter(r => r.status === 201)).toHaveLength(1);
      expect(results.filter(r => r.status === 200)).toHaveLength(5);
      expect(
        new Set(results.map(r => `${r.body.seq}:${r.body.hash}`)).size,
      ).toBe(1);
      const listed = await call(
        replicas[1],
        '/api/ai-governance/history/checkpoints',
      );
      const seqs = listed.body.items.map((c: { seq: number }) => c.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      // Each replica checks the chain against what the other signed.
      for (const replica of replicas) {
        const verified = await call(
          replica,
          '/api/ai-governance/history/verify',
        );
        expect(verified.body).toMatchObject({
          ok: true,
          checkpoint: { seq: results[0].body.seq },
        });
      }
    });

    it('runs the scheduled jobs once per period, not once per replica', async () => {
      // Let the integrity check run a dozen periods on the two replicas.
      const from = Date.now();
      const periods = 12;
      await new Promise(r => setTimeout(r, periods * CHECK_SECONDS * 1000));
      const runs = (
        await db('integrity_runs')
          .orderBy('id')
          .select('started_at', 'finished_at', 'ok')
      ).filter(r => Date.parse(r.started_at) >= from);
      expect(runs.length).toBeGreaterThanOrEqual(4);
      // Both replicas running each period would make about twice as many
      // runs as periods; a loaded machine makes fewer, never more.
      expect(runs.length).toBeLessThanOrEqual(periods + 1);
      // And no run starts while another is still going.
      for (let i = 1; i < runs.length; i++) {
        expect(Date.parse(runs[i].started_at)).toBeGreaterThanOrEqual(
          Date.parse(runs[i - 1].finished_at),
        );
      }
      expect(runs.every(r => r.ok)).toBe(true);

      // The seeding ran once too: no record was created twice.
      const duplicates = await db('history')
        .where('action', 'create')
        .groupBy('record_type', 'entity_ref', 'record_id')
        .havingRaw('COUNT(*) > 1')
        .select('record_type', 'entity_ref', 'record_id');
      expect(duplicates).toEqual([]);
    });
  },
);
