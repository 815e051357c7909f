import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  alice,
  as,
  catalogSyncAtStartup,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import {
  countRows,
  describeOnEachDatabase,
} from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';

jest.setTimeout(120_000);

describeOnEachDatabase('record integrity on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api } = backend;
  /** The history table: append-only, guarded by triggers. */
  const historyTable = () => backend.knex('history');
  const isPg = () => backend.knex.client.config.client === 'pg';

  const history = () => historyTable().orderBy('seq');
  const verify = async () =>
    (await api(alice).get('/api/ai-governance/history/verify').expect(200))
      .body;

  it('lets exactly one of 50 concurrent PATCHes with the same If-Match win', async () => {
    const { body: created } = await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .send(minimalRisk)
      .expect(201);
    const before = (await history()).length;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api(as(`user:default/writer-${i}`))
          .patch(`/api/ai-governance/risks/${created.id}`)
          .set('If-Match', '"1"')
          .send({ title: `Written by ${i}` }),
      ),
    );
    const ok = results.filter(r => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter(r => r.status === 412)).toHaveLength(49);
    const { body: now } = await api(alice).get(
      `/api/ai-governance/risks/${created.id}`,
    );
    expect(now.version).toBe(2);
    expect(now.title).toBe(ok[0].body.title);
    expect(now.updatedBy).toBe(ok[0].body.updatedBy);
    // One change, one event; the 49 refused writes left nothing behind.
    expect((await history()).length).toBe(before + 1);
  });

  it('keeps one linear chain under 40 concurrent writers', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api(alice)
          .post(`${CREDIT_PATH}/risks`)
          .send({ ...minimalRisk, title: `Concurrent ${i}` }),
      ),
    );
    expect(results.every(r => r.status === 201)).toBe(true);
    const rows = await history();
    expect(rows.map(r => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map(r => r.prev_hash)).size).toBe(rows.length);
    expect(await verify()).toEqual({ ok: true, checked: rows.length });
  });

  it('refuses UPDATE and DELETE on the history table', async () => {
    await expect(
      historyTable().where('seq', 1).update({ actor: 'user:default/mallory' }),
    ).rejects.toThrow(/append-only/);
    await expect(historyTable().where('seq', 1).delete()).rejects.toThrow(
      /append-only/,
    );
  });

  describe('when someone bypasses the triggers', () => {
    // A database superuser can drop triggers; the chain still shows what they did.
    const bypass = async (fn: () => Promise<unknown>) => {
      if (isPg()) {
        await backend.knex.raw(
          'ALTER TABLE history DISABLE TRIGGER history_append_only',
        );
        try {
          await fn();
        } finally {
          await backend.knex.raw(
            'ALTER TABLE history ENABLE TRIGGER history_append_only',
          );
        }
      } else {
        await backend.knex.raw('DROP TRIGGER history_no_update');
        await backend.knex.raw('DROP TRIGGER history_no_delete');
        try {
          await fn();
        } finally {
          await backend.knex.raw(
            `CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
          );
          await backend.knex.raw(
            `CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
          );
        }
      }
    };

    let snapshot: any[];
    beforeEach(async () => {
      snapshot = await history();
      if (!(await verify()).ok)
        throw new Error('the chain must verify before tampering');
    });
    afterEach(async () => {
      await bypass(async () => {
        await historyTable().delete();
        for (let i = 0; i < snapshot.length; i += 200)
          await historyTable().insert(snapshot.slice(i, i + 200));
      });
      if (!(await verify()).ok)
        throw new Error('restoring the history did not restore the chain');
    });

    it('names an edited event', async () => {
      await bypass(() =>
        historyTable()
          .where('seq', 7)
          .update({ actor: 'user:default/mallory' }),
      );
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 7,
        checked: 6,
        reason: 'content does not match its hash',
      });
    });

    it('names a deleted event', async () => {
      await bypass(() => historyTable().where('seq', 5).delete());
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: 5,
        reason: 'event 5 is missing',
      });
    });

    it('names the first of two swapped events', async () => {
      const [a, b] = [snapshot[2], snapshot[3]];
      await bypass(async () => {
        await historyTable().whereIn('seq', [a.seq, b.seq]).delete();
        await historyTable().insert([
          { ...b, seq: a.seq },
          { ...a, seq: b.seq },
        ]);
      });
      expect(await verify()).toMatchObject({
        ok: false,
        firstBrokenSeq: Number(a.seq),
      });
    });

    it('names an event whose hash was recomputed without its successors', async () => {
      await bypass(() =>
        historyTable()
          .where('seq', 9)
          .update({ hash: 'f'.repeat(64) }),
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 9 });
    });
  });
});

describeOnEachDatabase('migrations on %s', setup => {
  it('go up, all the way down and up again', async () => {
    const knex = await setup.freshDatabase();
    const directory = resolvePackagePath(
      '@aigov/plugin-ai-governance-backend',
      'migrations',
    );
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('history')).toBe(true);
    expect(await knex.schema.hasTable('baselines')).toBe(true);
    await knex('risks').insert({
      id: '00000000-0000-4000-8000-000000000001',
      entity_ref: 'aisystem:default/x',
      title: 't',
      category: 'c',
      lifecycle_stage: 'design',
      likelihood: 1,
      impact: 1,
      score: 1,
      level: 'low',
      treatment: 'mitigate',
      status: 'open',
      created_at: '2026-01-01T00:00:00.000Z',
      created_by: 'user:default/a',
      updated_at: '2026-01-01T00:00:00.000Z',
      updated_by: 'user:default/a',
    });
    await knex.migrate.rollback({ directory }, true);
    for (const table of [
      'risks',
      'control_statuses',
      'evidence',
      'evidence_links',
      'evidence_blobs',
      'assessments',
      'history',
      'governed_entities',
      'catalog_groups',
      'baselines',
    ]) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }
    await knex.migrate.latest({ directory });
    expect(await countRows(knex, 'risks')).toBe(0);
    await expect(
      knex('history').insert({
        seq: 1,
        at: 'x',
        actor: 'a',
        entity_ref: 'e',
        record_type: 'risk',
        record_id: 'r',
        action: 'create',
        prev_hash: '0',
        hash: '1',
      }),
    ).resolves.toBeDefined();
    await expect(knex('history').delete()).rejects.toThrow(/append-only/);
  });
});
