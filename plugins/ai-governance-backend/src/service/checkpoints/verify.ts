import { canonicalJson } from '@aigov/plugin-ai-governance-common';
import type {
  CheckpointStore,
  HistoryCheckpoint,
} from '../../database/CheckpointStore';
import type { CheckpointKeyring } from './signer';
import type { CheckpointSink } from './sinks';

/** What checking the checkpoints found: the latest one checked, and the first problem. */
export interface CheckpointFindings {
  /** The latest checkpoint checked (the one with the problem, when there is one). */
  checkpoint?: HistoryCheckpoint;
  problem?: {
    /** The first event that can no longer be trusted; absent when no event is named. */
    seq?: number;
    reason: string;
  };
}

const PAGE = 500;

/** Reads a paged ascending list one item at a time, up to `bound`. */
async function* ascending(
  fetch: (afterSeq: number, limit: number) => Promise<HistoryCheckpoint[]>,
  bound: number,
): AsyncGenerator<HistoryCheckpoint> {
  let after = 0;
  for (;;) {
    const page = await fetch(after, PAGE);
    for (const checkpoint of page) {
      if (checkpoint.seq > bound) return;
      yield checkpoint;
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1].seq;
  }
}

/** Pairs two ascending lists by `seq`: `[sink copy, database copy]`. */
async function* bySeq(
  sink: AsyncGenerator<HistoryCheckpoint>,
  db: AsyncGenerator<HistoryCheckpoint>,
): AsyncGenerator<
  [HistoryCheckpoint | undefined, HistoryCheckpoint | undefined]
> {
  let s = await sink.next();
  let d = await db.next();
  while (!s.done || !d.done) {
    const sSeq = s.done ? Infinity : s.value.seq;
    const dSeq = d.done ? Infinity : d.value.seq;
    if (sSeq === dSeq) {
      yield [s.value as HistoryCheckpoint, d.value as HistoryCheckpoint];
      [s, d] = await Promise.all([sink.next(), db.next()]);
    } else if (sSeq < dSeq) {
      yield [s.value as HistoryCheckpoint, undefined];
      s = await sink.next();
    } else {
      yield [undefined, d.value as HistoryCheckpoint];
      d = await db.next();
    }
  }
}

/** A failure to read the sink, told apart from the database's. */
class SinkReadError extends Error {
  constructor(readonly cause: unknown) {
    super('the checkpoint sink could not be read');
  }
}

const same = (a: HistoryCheckpoint, b: HistoryCheckpoint) =>
  canonicalJson(a) === canonicalJson(b);

/**
 * Checks every checkpoint up to the newest one: its signature (the sink's
 * copy first, since whoever can write the database can change its copy),
 * that the database still holds every checkpoint the sink has, unchanged,
 * and that the history still has each checkpoint's event with exactly the
 * signed hash. Reports the first problem in `seq` order.
 */
export async function checkCheckpoints(options: {
  store: CheckpointStore;
  sink?: CheckpointSink;
  keyring: CheckpointKeyring;
}): Promise<CheckpointFindings> {
  const { store, sink, keyring } = options;
  // Checkpoints are stored in the database before they are written to the
  // sink, in seq order. Reading the sink's newest first and the database's
  // after fixes a bound every checkpoint of which is already in both, so
  // a checkpoint signed while this runs is not taken for a deleted one.
  let sinkLatest: HistoryCheckpoint | undefined;
  try {
    sinkLatest = await sink?.latest();
  } catch (error) {
    return sinkUnreadable(sink!, error);
  }
  const dbLatest = await store.latest();
  const bound = Math.max(sinkLatest?.seq ?? 0, dbLatest?.seq ?? 0);
  if (bound === 0) return {};
  if (!keyring.configured) {
    return {
      checkpoint: sinkLatest ?? dbLatest,
      problem: {
        reason:
          'the history has signed checkpoints but no checkpoint key is configured to verify them (aiGovernance.integrity.checkpoints)',
      },
    };
  }
  // Read after the bound: every event a checkpoint up to it signed was
  // appended before, so a missing one was removed.
  const lastSeq = await store.lastSeq();

  const pairs = bySeq(
    ascending(
      (afterSeq, limit) =>
        sink
          ? sink.list({ afterSeq, limit }).catch(error => {
              throw new SinkReadError(error);
            })
          : Promise.resolve([]),
      bound,
    ),
    ascending(
      (afterSeq, limit) => store.listAscending({ afterSeq, limit }),
      bound,
    ),
  );
  let lastGood: HistoryCheckpoint | undefined;
  let batch: HistoryCheckpoint[] = [];

  /** Checks a batch's checkpoints against the history's hashes. */
  const checkBatch = async (): Promise<CheckpointFindings | undefined> => {
    const hashes = await store.eventHashes(batch.map(c => c.seq));
    for (const checkpoint of batch) {
      const hash = hashes.get(checkpoint.seq);
      if (hash === undefined) {
        const seq = Math.min(lastSeq + 1, checkpoint.seq);
        return {
          checkpoint,
          problem: {
            seq,
            reason:
              lastSeq < checkpoint.seq
                ? `event ${seq} is missing: the history ends at event ${lastSeq}, but the checkpoint of ${checkpoint.at} signed event ${checkpoint.seq}, so events were removed after it was signed`
                : `event ${seq} is missing: it was removed after the checkpoint of ${checkpoint.at} signed it`,
          },
        };
      }
      if (hash !== checkpoint.hash) {
        return {
          checkpoint,
          problem: {
            seq: checkpoint.seq,
            reason: `event ${
              checkpoint.seq
            } does not match the signed checkpoint of ${
              checkpoint.at
            }: the history was rewritten ${
              lastGood
                ? `after event ${lastGood.seq} (the last checkpoint that matches, of ${lastGood.at})`
                : `at or before event ${checkpoint.seq}`
            }`,
          },
        };
      }
      lastGood = checkpoint;
    }
    batch = [];
    return undefined;
  };

  try {
    for await (const [fromSink, fromDb] of pairs) {
      const problem = pairProblem(fromSink, fromDb, keyring, sink);
      if (problem) return problem;
      batch.push((fromSink ?? fromDb)!);
      if (batch.length >= PAGE) {
        const found = await checkBatch();
        if (found) return found;
      }
    }
  } catch (error) {
    if (error instanceof SinkReadError)
      return sinkUnreadable(sink!, error.cause);
    throw error;
  }
  return (await checkBatch()) ?? { checkpoint: lastGood };
}

/** What is wrong with one checkpoint's two copies, if anything. */
function pairProblem(
  fromSink: HistoryCheckpoint | undefined,
  fromDb: HistoryCheckpoint | undefined,
  keyring: CheckpointKeyring,
  sink: CheckpointSink | undefined,
): CheckpointFindings | undefined {
  const checkpoint = (fromSink ?? fromDb)!;
  const problem = (reason: string) => ({
    checkpoint,
    problem: { seq: checkpoint.seq, reason },
  });
  const signature = keyring.check(checkpoint);
  if (!signature.ok) {
    return problem(
      `the checkpoint of event ${checkpoint.seq} (${checkpoint.at}) ${
        fromSink ? `in the sink (${sink!.description})` : 'in the database'
      } cannot be trusted: ${signature.reason}`,
    );
  }
  if (fromSink && !fromDb) {
    return problem(
      `the signed checkpoint of event ${checkpoint.seq} (${checkpoint.at}) is in the sink but was removed from the database`,
    );
  }
  if (fromSink && fromDb && !same(fromSink, fromDb)) {
    return problem(
      `the database's checkpoint of event ${checkpoint.seq} differs from the signed one in the sink (${checkpoint.at})`,
    );
  }
  // A database copy the sink lacks is still signed, so it is trusted: its
  // sink write failed and is retried with the next checkpoint.
  return undefined;
}

function sinkUnreadable(
  sink: CheckpointSink,
  error: unknown,
): CheckpointFindings {
  return {
    problem: {
      reason: `the checkpoint sink (${sink.description}) could not be read: ${
        (error as Error)?.message ?? error
      }`,
    },
  };
}
