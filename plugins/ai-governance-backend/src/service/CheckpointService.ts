import { ConflictError, ServiceUnavailableError } from '@backstage/errors';
import type { AiGovernanceSchemas } from '@aigov/plugin-ai-governance-common';
import type {
  CheckpointStore,
  HistoryCheckpoint,
} from '../database/CheckpointStore';
import type { HistoryStore } from '../database/HistoryStore';
import type { Clock } from '../database/UnitOfWork';
import {
  CHECKPOINTS_CONFIG,
  type CheckpointSettings,
} from './checkpoints/config';
import { CheckpointKeyring } from './checkpoints/signer';
import { checkCheckpoints } from './checkpoints/verify';

/** Drops absent optional fields, so answers carry only what applies. */
const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;

/** The answer of `GET /history/verify`. */
export type ChainVerification = AiGovernanceSchemas['HistoryVerification'];

/** The result of signing the head: the checkpoint, and whether it is new. */
export interface CheckpointResult {
  created: boolean;
  checkpoint: HistoryCheckpoint;
}

/**
 * Signed checkpoints of the history chain: signing the head (on demand and
 * on a schedule), listing them, and verifying the chain against them. Keys
 * come from the configuration only; until `configure` is called (or when it
 * brings no signing key) signing is refused.
 */
export class CheckpointService {
  private settings: CheckpointSettings = {
    keyring: new CheckpointKeyring(undefined),
    frequencyMinutes: 15,
  };

  constructor(
    private readonly store: CheckpointStore,
    private readonly history: Pick<HistoryStore, 'verify'>,
    private readonly clock: Clock,
  ) {}

  /** Takes the keys and sink read from the configuration (at plugin start). */
  configure(settings: CheckpointSettings): void {
    this.settings = settings;
  }

  /** Whether a signing key is configured. */
  get canSign(): boolean {
    return this.settings.keyring.signing !== undefined;
  }

  /**
   * Signs the chain's head and stores the checkpoint in the database, then
   * in the sink. When the head has not moved, the latest checkpoint is
   * answered (and written to the sink again, which repairs a failed write).
   */
  async create(): Promise<CheckpointResult> {
    const { keyring, sink } = this.settings;
    if (!keyring.signing) {
      throw new ServiceUnavailableError(
        `Checkpoints cannot be signed: no key is configured. Set ${CHECKPOINTS_CONFIG}.signingKey (an Ed25519 private key in PEM) or ${CHECKPOINTS_CONFIG}.secret (HMAC-SHA256).`,
      );
    }
    const result = await this.store.checkpointHead(head =>
      keyring.sign(head, this.clock().toISOString()),
    );
    if (!result.checkpoint) {
      throw new ConflictError(
        'The history is empty: there is no event to sign a checkpoint of yet',
      );
    }
    if (sink) {
      try {
        await sink.write(result.checkpoint);
      } catch (error) {
        throw new ServiceUnavailableError(
          `The checkpoint of event ${
            result.checkpoint.seq
          } is stored in the database but could not be written to the checkpoint sink (${
            sink.description
          }): ${
            (error as Error).message
          }. It is written again with the next checkpoint.`,
        );
      }
    }
    return { created: result.created, checkpoint: result.checkpoint };
  }

  /** Newest first, `seq` below `before`. */
  list(options: { before?: number; limit: number }) {
    return this.store.list(options);
  }

  /**
   * Checks the chain against the signed checkpoints only (see
   * {@link checkCheckpoints}); `checked` counts the events the checkpoints
   * vouch for. Fits `ChainAnchorCheck` of the integrity check.
   */
  async verifyAnchor(): Promise<ChainVerification> {
    const { checkpoint, problem } = await checkCheckpoints({
      store: this.store,
      sink: this.settings.sink,
      keyring: this.settings.keyring,
    });
    const anchor = checkpoint && {
      checkpoint: {
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        at: checkpoint.at,
        keyId: checkpoint.keyId,
      },
    };
    if (!problem) return { ok: true, checked: checkpoint?.seq ?? 0, ...anchor };
    return {
      ok: false,
      checked: problem.seq === undefined ? 0 : problem.seq - 1,
      ...(problem.seq === undefined ? {} : { firstBrokenSeq: problem.seq }),
      reason: problem.reason,
      ...anchor,
    };
  }

  /**
   * Verifies the chain: recomputes its hashes, then checks it against the
   * signed checkpoints, and answers the first problem by event number.
   */
  async verifyChain(): Promise<ChainVerification> {
    const { ok, checked, firstBrokenSeq, reason } = await this.history.verify();
    const chain = { ok, checked, firstBrokenSeq, reason };
    const anchored = await this.verifyAnchor();
    const anchor = anchored.checkpoint && { checkpoint: anchored.checkpoint };
    const chainFirst =
      !ok &&
      (anchored.ok ||
        anchored.firstBrokenSeq === undefined ||
        (firstBrokenSeq ?? Infinity) <= anchored.firstBrokenSeq);
    if (anchored.ok || chainFirst) {
      return withoutUndefined({ ...chain, ...anchor });
    }
    return {
      ...anchored,
      checked:
        anchored.firstBrokenSeq === undefined
          ? checked
          : Math.min(checked, anchored.firstBrokenSeq - 1),
    };
  }
}
