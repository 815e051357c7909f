import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import { alice, CREDIT_PATH } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';
import {
  BASE,
  office,
  signedCheckpointsBackend,
  TASK,
} from './__testUtils__/checkpoints';

jest.setTimeout(120_000);

/*
 * Signed history checkpoints on each database: signing on demand and on
 * schedule, who may sign, the pages of checkpoints, verification against
 * them, concurrent signing, the answer without a key and the migration.
 * What verification finds when the database is tampered with is in
 * checkpointTampering.test.ts.
 */

describeOnEachDatabase('signed history checkpoints on %s', setup => {
  const { backend, scheduler, knex, addEvents, verify, sinkFiles, sinkFile } =
    signedCheckpointsBackend(setup);
  const { api, count } = backend;

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
