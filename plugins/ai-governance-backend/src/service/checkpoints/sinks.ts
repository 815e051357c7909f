import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '@aigov/plugin-ai-governance-common';
import type { HistoryCheckpoint } from '../../database/CheckpointStore';

/**
 * Where checkpoints are kept outside the plugin's database, so someone who
 * can write the database cannot also remove or change them. The demo writes
 * a directory; production implements this over storage the database's
 * administrators cannot write, for example:
 *
 * - object storage with a write-once (object lock / retention) policy: one
 *   object per checkpoint, keyed by the zero-padded `seq`, written with
 *   "if none match" so an existing one is never replaced; `list` pages the
 *   keys in order after `afterSeq`;
 * - a transparency log (e.g. Sigstore Rekor, or an append-only ledger):
 *   `write` submits the checkpoint and keeps the entry's inclusion proof,
 *   `list` reads them back in `seq` order.
 *
 * Implementations must be idempotent (writing the same checkpoint twice is
 * fine) and must never replace a stored checkpoint with a different one.
 */
export interface CheckpointSink {
  /** Names the sink in messages, e.g. `directory /var/lib/aigov/checkpoints`. */
  readonly description: string;
  /** Stores a checkpoint; the same one again is a no-op, a different one for a stored `seq` an error. */
  write(checkpoint: HistoryCheckpoint): Promise<void>;
  /** Stored checkpoints in ascending `seq`, those after `afterSeq` only, at most `limit`. */
  list(options: {
    afterSeq?: number;
    limit: number;
  }): Promise<HistoryCheckpoint[]>;
  /** The checkpoint with the highest `seq`, if any. */
  latest(): Promise<HistoryCheckpoint | undefined>;
}

const FILE = /^checkpoint-(\d{15})\.json$/;
const fileName = (seq: number) =>
  `checkpoint-${String(seq).padStart(15, '0')}.json`;

const FIELDS = ['seq', 'hash', 'at', 'keyId', 'algorithm', 'signature'];

/** Reads a stored checkpoint, keeping only its fields (so extra ones cannot ride along). */
function parseCheckpoint(text: string, where: string): HistoryCheckpoint {
  let value: any;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not JSON`);
  }
  if (
    !value ||
    typeof value !== 'object' ||
    !Number.isSafeInteger(value.seq) ||
    FIELDS.slice(1).some(f => typeof value[f] !== 'string')
  ) {
    throw new Error(`${where} is not a checkpoint`);
  }
  return Object.fromEntries(
    FIELDS.map(f => [f, value[f]]),
  ) as unknown as HistoryCheckpoint;
}

/**
 * A {@link CheckpointSink} writing one JSON file per checkpoint
 * (`checkpoint-<seq>.json`) to a directory, for the demo and for a directory
 * that is replicated or backed up elsewhere.
 */
export class DirectoryCheckpointSink implements CheckpointSink {
  readonly description: string;

  constructor(private readonly directory: string) {
    this.description = `directory ${directory}`;
  }

  async write(checkpoint: HistoryCheckpoint): Promise<void> {
    await fs.mkdir(this.directory, { recursive: true });
    const target = path.join(this.directory, fileName(checkpoint.seq));
    const text = `${canonicalJson(checkpoint)}\n`;
    // Written to a temporary file, flushed, then hard-linked into place:
    // readers never see half a file, and link (unlike rename) fails when
    // the target exists, so a stored checkpoint is never replaced.
    const temp = path.join(this.directory, `.tmp-${randomUUID()}`);
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stored = parseCheckpoint(await fs.readFile(target, 'utf8'), target);
      if (canonicalJson(stored) !== canonicalJson(checkpoint)) {
        throw new Error(
          `${target} already holds a different checkpoint for event ${checkpoint.seq}`,
        );
      }
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  private async seqs(): Promise<number[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map(name => FILE.exec(name))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(m => Number(m[1]))
      .sort((a, b) => a - b);
  }

  private async read(seq: number): Promise<HistoryCheckpoint> {
    const file = path.join(this.directory, fileName(seq));
    const checkpoint = parseCheckpoint(await fs.readFile(file, 'utf8'), file);
    if (checkpoint.seq !== seq) {
      throw new Error(
        `${file} holds the checkpoint of event ${checkpoint.seq}`,
      );
    }
    return checkpoint;
  }

  async list(options: { afterSeq?: number; limit: number }) {
    const after = options.afterSeq ?? 0;
    const seqs = (await this.seqs())
      .filter(seq => seq > after)
      .slice(0, options.limit);
    return Promise.all(seqs.map(seq => this.read(seq)));
  }

  async latest() {
    const seqs = await this.seqs();
    return seqs.length ? this.read(seqs[seqs.length - 1]) : undefined;
  }
}
