import fs from 'node:fs';
import path from 'node:path';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { eventHash, verifyHistory } from '../database/history';
import {
  BASE,
  office,
  signedCheckpointsBackend,
  TASK,
} from './__testUtils__/checkpoints';
import { withoutAppendOnlyTriggers } from '../__testUtils__/tamper';

jest.setTimeout(120_000);

/*
 * What the verification of the history finds, on each database, when
 * someone who can write to the database changes, removes or rewrites
 * events or checkpoints behind the API. Signing and verifying an untouched
 * history are in checkpoints.test.ts.
 */

describeOnEachDatabase('signed history checkpoints on %s', setup => {
  const {
    backend,
    scheduler,
    sinkDir,
    knex,
    addEvents,
    verify,
    sinkFiles,
    sinkFile,
  } = signedCheckpointsBackend(setup);
  const { api } = backend;

  // Ten events with checkpoints of events 6 (signed on demand) and 8
  // (signed on schedule), both in the database and the sink.
  beforeAll(async () => {
    await addEvents(6);
    await api(office).post(`${BASE}/checkpoints`).expect(201);
    await addEvents(2);
    await scheduler.triggerTask(TASK);
    await addEvents(2);
  });

  describe('when someone with write access to the database tampers', () => {
    let history: any[];
    let checkpoints: any[];
    let files: Map<string, string>;
    const at = (seq: number) => checkpoints.find(c => Number(c.seq) === seq).at;
    const bypass = (fn: () => Promise<unknown>) =>
      withoutAppendOnlyTriggers(backend.knex, fn);

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
      // Another first character, whatever the run's key signed: a fixed
      // one would leave one signature in 64 as it was.
      const first = stored.signature.startsWith('A') ? 'B' : 'A';
      fs.writeFileSync(
        sinkFile(6),
        JSON.stringify({
          ...stored,
          signature: `${first}${stored.signature.slice(1)}`,
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
});
