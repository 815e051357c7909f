import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
  resolvePackagePath,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { historyCheckpointPermission } from '@aigov/plugin-ai-governance-common';
import { alice, as, CREDIT_PATH } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';
import { eventHash, verifyHistory } from '../database/history';
import {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
} from '../permissions/rules';
import type { Knex } from 'knex';

jest.setTimeout(120_000);

const OFFICE = 'user:default/office';
const office = as(OFFICE);
const BASE = '/api/ai-governance/history';
const TASK = 'ai-governance-history-checkpoint';

/*
 * The demo policy's shape, in process (as in permissionMatrix.test.ts):
 * everyone reads, the governance office may do everything, and anyone else
 * gets "only what you own" for checkpoints, which covers no single entity.
 */
const officePermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      async authorizeConditional(
        requests: any[],
        { credentials }: { credentials: BackstageCredentials },
      ): Promise<PolicyDecision[]> {
        const user = (credentials.principal as { userEntityRef?: string })
          .userEntityRef;
        return requests.map(({ permission }) => {
          if (user === OFFICE || permission.attributes.action === 'read')
            return { result: AuthorizeResult.ALLOW };
          if (isPermission(permission, historyCheckpointPermission)) {
            return createAiGovernanceConditionalDecision(
              historyCheckpointPermission,
              aiGovernanceConditions.isEntityOwner({ claims: [user ?? ''] }),
            );
          }
          return { result: AuthorizeResult.ALLOW };
        });
      },
    } as any),
});

/** The append-only triggers of both tables, as the migrations create them. */
const TRIGGERS = {
  pg: [
    ['history_append_only', 'history', 'ai_governance_history_append_only'],
    [
      'history_checkpoints_append_only',
      'history_checkpoints',
      'ai_governance_checkpoints_append_only',
    ],
  ],
  sqlite: [
    ['history_no_update', 'history', 'UPDATE', 'history is append-only'],
    ['history_no_delete', 'history', 'DELETE', 'history is append-only'],
    [
      'history_checkpoints_no_update',
      'history_checkpoints',
      'UPDATE',
      'history checkpoints are append-only',
    ],
    [
      'history_checkpoints_no_delete',
      'history_checkpoints',
      'DELETE',
      'history checkpoints are append-only',
    ],
  ],
};

/** Drops the append-only triggers, as an attacker with database access would, runs `fn`, and puts them back. */
async function bypassAppendOnly(knex: Knex, fn: () => Promise<unknown>) {
  const pg = knex.client.config.client === 'pg';
  if (pg) {
    for (const [name, table] of TRIGGERS.pg)
      await knex.raw(`DROP TRIGGER ${name} ON ${table}`);
  } else {
    for (const [name] of TRIGGERS.sqlite)
      await knex.raw(`DROP TRIGGER ${name}`);
  }
  try {
    await fn();
  } finally {
    if (pg) {
      for (const [name, table, fnName] of TRIGGERS.pg) {
        await knex.raw(
          `CREATE TRIGGER ${name} BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fnName}()`,
        );
      }
    } else {
      for (const [name, table, op, message] of TRIGGERS.sqlite) {
        await knex.raw(
          `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
        );
      }
    }
  }
}

const signingKey = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describeOnEachDatabase('signed history checkpoints on %s', setup => {
  const sinkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-sink-'));
  const scheduler = mockServices.scheduler() as unknown as {
    factory(options: object): ServiceFactory;
    triggerTask(id: string): Promise<void>;
  };
  const backend = setup.governanceBackend({
    config: {
      aiGovernance: {
        integrity: {
          checkpoints: {
            signingKey,
            keyId: 'test-ed25519',
            sink: { directory: sinkDir },
          },
        },
      },
    },
    extraFeatures: [
      officePermissions,
      scheduler.factory({ includeInitialDelayedTasksOnStartup: true }),
    ],
  });
  const { api, count } = backend;
  const knex = (table: string) => backend.knex(table);
  afterAll(() => fs.rmSync(sinkDir, { recursive: true, force: true }));

  const addEvents = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send({ ...minimalRisk, title: `Risk ${i}` })
        .expect(201);
    }
  };
  const verify = async () =>
    (await api(alice).get(`${BASE}/verify`).expect(200)).body;
  const sinkFiles = () =>
    fs.readdirSync(sinkDir).filter(f => f.startsWith('checkpoint-'));
  const sinkFile = (seq: number) =>
    path.join(sinkDir, `checkpoint-${String(seq).padStart(15, '0')}.json`);

  it('answers 409 while the history is empty', async () => {
    const res = await api(office).post(`${BASE}/checkpoints`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/history is empty/);
  });

  it('signs the head on demand, once per head, into the database and the sink', async () => {
    await addEvents(6);
    const first = await api(office).post(`${BASE}/checkpoints`).expect(201);
    expect(first.body).toMatchObject({
      seq: 6,
      keyId: 'test-ed25519',
      algorithm: 'ed25519',
      hash: (await knex('history').where('seq', 6).first()).hash,
    });
    const again = await api(office).post(`${BASE}/checkpoints`).send({});
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await count('history_checkpoints')).toBe(1);
    expect(JSON.parse(fs.readFileSync(sinkFile(6), 'utf8'))).toEqual(
      first.body,
    );
    await api(office).post(`${BASE}/checkpoints`).send({ seq: 1 }).expect(400);
  });

  it('lets only the governance office sign: 403 for anyone else', async () => {
    const res = await api(alice).post(`${BASE}/checkpoints`);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(
      'ai-governance.history.checkpoint',
    );
    await api()
      .post(`${BASE}/checkpoints`)
      .set('Authorization', 'Bearer mock-service-token')
      .expect(403);
    expect(await count('history_checkpoints')).toBe(1);
  });

  it('signs on schedule when the head has moved, and only then', async () => {
    await addEvents(2);
    await scheduler.triggerTask(TASK);
    await scheduler.triggerTask(TASK);
    const rows = await knex('history_checkpoints').orderBy('seq');
    expect(rows.map(r => Number(r.seq))).toEqual([6, 8]);
    expect(sinkFiles()).toHaveLength(2);
  });

  it('lists checkpoints newest first, a page at a time', async () => {
    const first = await api(alice)
      .get(`${BASE}/checkpoints?limit=1`)
      .expect(200);
    expect(first.body.items.map((c: any) => c.seq)).toEqual([8]);
    const next = await api(alice)
      .get(`${BASE}/checkpoints?limit=1&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(next.body).toEqual({ items: [expect.objectContaining({ seq: 6 })] });
    await api(alice).get(`${BASE}/checkpoints?cursor=nonsense`).expect(400);
  });

  it('verifies the chain against the latest checkpoint', async () => {
    await addEvents(2);
    const latest = (await api(alice).get(`${BASE}/checkpoints`)).body.items[0];
    expect(await verify()).toEqual({
      ok: true,
      checked: 10,
      checkpoint: {
        seq: 8,
        hash: latest.hash,
        at: latest.at,
        keyId: 'test-ed25519',
      },
    });
  });

  describe('when someone with write access to the database tampers', () => {
    let history: any[];
    let checkpoints: any[];
    let files: Map<string, string>;
    const at = (seq: number) => checkpoints.find(c => Number(c.seq) === seq).at;
    const bypass = (fn: () => Promise<unknown>) =>
      bypassAppendOnly(backend.knex, fn);

    beforeEach(async () => {
      history = await knex('history').orderBy('seq');
      checkpoints = await knex('history_checkpoints').orderBy('seq');
      files = new Map(
        sinkFiles().map(f => [
          f,
          fs.readFileSync(path.join(sinkDir, f), 'utf8'),
        ]),
      );
      // Every tampering starts from a chain that verifies.
      if (!(await verify()).ok) throw new Error('the chain must verify first');
    });
    afterEach(async () => {
      await bypass(async () => {
        await knex('history').delete();
        await knex('history').insert(history);
        await knex('history_checkpoints').delete();
        await knex('history_checkpoints').insert(checkpoints);
      });
      for (const f of sinkFiles()) fs.rmSync(path.join(sinkDir, f));
      for (const [f, text] of files)
        fs.writeFileSync(path.join(sinkDir, f), text);
      if (!(await verify()).ok) throw new Error('restoring did not restore');
    });

    it('finds a changed signature in the database', async () => {
      await bypass(() =>
        knex('history_checkpoints')
          .where('seq', 8)
          .update({ signature: Buffer.alloc(64).toString('base64') }),
      );
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 8,
        checked: 7,
        reason: `the database's checkpoint of event 8 differs from the signed one in the sink (${at(
          8,
        )})`,
        checkpoint: { seq: 8 },
      });
    });

    it('finds a database checkpoint whose signature does not verify, without the sink', async () => {
      for (const f of sinkFiles()) fs.rmSync(path.join(sinkDir, f));
      await bypass(() =>
        knex('history_checkpoints')
          .where('seq', 6)
          .update({ hash: 'f'.repeat(64) }),
      );
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 6,
        reason: `the checkpoint of event 6 (${at(
          6,
        )}) in the database cannot be trusted: its signature is invalid`,
      });
    });

    it('finds a sink checkpoint whose signature does not verify', async () => {
      const stored = JSON.parse(fs.readFileSync(sinkFile(6), 'utf8'));
      fs.writeFileSync(
        sinkFile(6),
        JSON.stringify({
          ...stored,
          signature: `A${stored.signature.slice(1)}`,
        }),
      );
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 6,
        reason: expect.stringMatching(
          /^the checkpoint of event 6 .* in the sink \(directory .*\) cannot be trusted: its signature is invalid$/,
        ),
      });
    });

    it('finds a checkpoint deleted from the database', async () => {
      await bypass(() => knex('history_checkpoints').where('seq', 6).delete());
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 6,
        reason: `the signed checkpoint of event 6 (${at(
          6,
        )}) is in the sink but was removed from the database`,
      });
    });

    it('finds the last events removed, which the chain alone does not', async () => {
      await bypass(() => knex('history').where('seq', '>=', 7).delete());
      expect((await verifyHistory(backend.knex)).ok).toBe(true);
      expect(await verify()).toMatchObject({
        ok: false,
        checked: 6,
        firstBrokenSeq: 7,
        reason: `event 7 is missing: the history ends at event 6, but the checkpoint of ${at(
          8,
        )} signed event 8, so events were removed after it was signed`,
        checkpoint: { seq: 8 },
      });
    });

    /** Rewrites every event from `k` on as mallory's, recomputing each hash and link. */
    const rewriteFrom = (k: number) =>
      bypass(async () => {
        let prevHash = history[k - 2].hash;
        for (const row of history.slice(k - 1)) {
          const event = {
            seq: Number(row.seq),
            at: row.at,
            actor: 'user:default/mallory',
            entityRef: row.entity_ref,
            recordType: row.record_type,
            recordId: row.record_id,
            action: row.action,
            before: row.before === null ? null : JSON.parse(row.before),
            after: row.after === null ? null : JSON.parse(row.after),
          };
          const hash = eventHash(prevHash, event);
          await knex('history')
            .where('seq', row.seq)
            .update({ actor: event.actor, prev_hash: prevHash, hash });
          prevHash = hash;
        }
      });

    it('finds the history rewritten from event k with recomputed hashes', async () => {
      await rewriteFrom(4);
      expect((await verifyHistory(backend.knex)).ok).toBe(true);
      expect(await verify()).toMatchObject({
        ok: false,
        checked: 5,
        firstBrokenSeq: 6,
        reason: `event 6 does not match the signed checkpoint of ${at(
          6,
        )}: the history was rewritten at or before event 6`,
        checkpoint: { seq: 6 },
      });
    });

    it('names the last checkpoint that still matches a rewritten history', async () => {
      await rewriteFrom(7);
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 8,
        reason: `event 8 does not match the signed checkpoint of ${at(
          8,
        )}: the history was rewritten after event 6 (the last checkpoint that matches, of ${at(
          6,
        )})`,
      });
    });
  });

  it('stores one checkpoint of a head however many sign it at once', async () => {
    await addEvents(1);
    const before = await count('history_checkpoints');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api(office).post(`${BASE}/checkpoints`)),
    );
    expect(results.filter(r => r.status === 201)).toHaveLength(1);
    expect(results.filter(r => r.status === 200)).toHaveLength(9);
    expect(new Set(results.map(r => r.body.signature)).size).toBe(1);
    expect(await count('history_checkpoints')).toBe(before + 1);
  });
});

describeOnEachDatabase('history checkpoints without a key on %s', setup => {
  const { api } = setup.governanceBackend();

  it('answers 503 naming the setting, and still verifies the chain', async () => {
    await api(alice).post(`${CREDIT_PATH}/risks`).send(minimalRisk).expect(201);
    const res = await api(alice).post(`${BASE}/checkpoints`);
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining(
        'aiGovernance.integrity.checkpoints.signingKey',
      ),
    });
    await api(alice).get(`${BASE}/checkpoints`).expect(200, { items: [] });
    expect((await api(alice).get(`${BASE}/verify`)).body).toEqual({
      ok: true,
      checked: 1,
    });
  });
});

describeOnEachDatabase('the checkpoint migration on %s', setup => {
  it('creates an append-only table and drops it again', async () => {
    const db = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await db.migrate.latest({ directory });
    await db('history_checkpoints').insert({
      seq: 1,
      hash: 'a'.repeat(64),
      at: '2026-12-02T10:00:00.000Z',
      key_id: 'k',
      algorithm: 'ed25519',
      signature: 's',
    });
    await expect(
      db('history_checkpoints').update({ signature: 'forged' }),
    ).rejects.toThrow(/append-only/);
    await expect(db('history_checkpoints').delete()).rejects.toThrow(
      /append-only/,
    );
    await db.migrate.rollback({ directory }, true);
    expect(await db.schema.hasTable('history_checkpoints')).toBe(false);
    await db.migrate.latest({ directory });
    expect(await db.schema.hasTable('history_checkpoints')).toBe(true);
  });
});
