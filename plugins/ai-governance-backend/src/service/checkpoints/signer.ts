import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign,
  timingSafeEqual,
  verify,
} from 'node:crypto';
import { canonicalJson } from '@aigov/plugin-ai-governance-common';
import type {
  ChainHead,
  HistoryCheckpoint,
} from '../../database/CheckpointStore';

/** How checkpoints are signed. */
export type CheckpointAlgorithm = HistoryCheckpoint['algorithm'];

/** A key that can check signatures, and sign when it is the configured signing key. */
export interface CheckpointKey {
  keyId: string;
  algorithm: CheckpointAlgorithm;
  sign?(data: Buffer): string;
  verify(data: Buffer, signature: string): boolean;
}

/** The exact bytes a checkpoint's signature covers (version, algorithm and key id included, so none can be swapped). */
export function checkpointPayload(
  checkpoint: Omit<HistoryCheckpoint, 'signature'>,
): Buffer {
  return Buffer.from(
    canonicalJson({
      v: 1,
      seq: checkpoint.seq,
      hash: checkpoint.hash,
      at: checkpoint.at,
      keyId: checkpoint.keyId,
      algorithm: checkpoint.algorithm,
    }),
    'utf8',
  );
}

/** An Ed25519 key: a private key signs, its public key (derived, or configured for old keys) verifies. */
export function ed25519Key(options: {
  privateKeyPem?: string;
  publicKeyPem?: string;
  keyId?: string;
  /** The config key the PEM came from, named in errors. */
  source: string;
}): CheckpointKey {
  let privateKey: KeyObject | undefined;
  let publicKey: KeyObject;
  try {
    if (options.privateKeyPem) {
      privateKey = createPrivateKey(options.privateKeyPem);
      publicKey = createPublicKey(privateKey);
    } else {
      publicKey = createPublicKey(options.publicKeyPem ?? '');
    }
  } catch (error) {
    throw new Error(
      `${options.source} is not a PEM key node:crypto can read: ${
        (error as Error).message
      }`,
    );
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `${options.source} must be an Ed25519 key, got ${publicKey.asymmetricKeyType}`,
    );
  }
  // Without a configured id the key names itself by its public key, so the
  // id says nothing about the private half.
  const fingerprint = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
  const signer = privateKey;
  return {
    keyId: options.keyId ?? `ed25519-${fingerprint}`,
    algorithm: 'ed25519',
    ...(signer
      ? { sign: (data: Buffer) => sign(null, data, signer).toString('base64') }
      : {}),
    verify: (data, signature) =>
      verify(null, data, publicKey, Buffer.from(signature, 'base64')),
  };
}

/** Shortest HMAC secret accepted: 32 bytes, the size of the SHA-256 output. */
export const MIN_SECRET_BYTES = 32;

/** An HMAC-SHA256 key: the same secret signs and verifies. */
export function hmacKey(options: {
  secret: string;
  keyId?: string;
  source: string;
}): CheckpointKey {
  if (Buffer.byteLength(options.secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new Error(
      `${options.source} must be at least ${MIN_SECRET_BYTES} bytes long`,
    );
  }
  const mac = (data: Buffer) =>
    createHmac('sha256', options.secret).update(data).digest();
  // A MAC of a fixed label names the key without revealing the secret.
  const derivedId = mac(Buffer.from('ai-governance checkpoint key id'))
    .toString('hex')
    .slice(0, 16);
  return {
    keyId: options.keyId ?? `hmac-${derivedId}`,
    algorithm: 'hmac-sha256',
    sign: data => mac(data).toString('base64'),
    verify: (data, signature) => {
      const given = Buffer.from(signature, 'base64');
      const expected = mac(data);
      return (
        given.length === expected.length && timingSafeEqual(given, expected)
      );
    },
  };
}

/** What checking one checkpoint's signature found. */
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * The configured keys: at most one signs new checkpoints, and every key
 * (old ones after a rotation too) verifies the checkpoints it signed.
 */
export class CheckpointKeyring {
  private readonly byId = new Map<string, CheckpointKey>();

  constructor(
    readonly signing: CheckpointKey | undefined,
    verificationKeys: CheckpointKey[] = [],
  ) {
    for (const key of [...(signing ? [signing] : []), ...verificationKeys]) {
      if (this.byId.has(key.keyId)) {
        throw new Error(`Two checkpoint keys have the id "${key.keyId}"`);
      }
      this.byId.set(key.keyId, key);
    }
  }

  /** Whether any key is configured (to sign or to verify). */
  get configured(): boolean {
    return this.byId.size > 0;
  }

  /** Signs a head; the caller has checked that a signing key is configured. */
  sign(head: ChainHead, at: string): HistoryCheckpoint {
    const key = this.signing;
    if (!key?.sign) throw new Error('No checkpoint signing key is configured');
    const unsigned = {
      seq: head.seq,
      hash: head.hash,
      at,
      keyId: key.keyId,
      algorithm: key.algorithm,
    };
    return { ...unsigned, signature: key.sign(checkpointPayload(unsigned)) };
  }

  /** Checks a checkpoint's signature with the key it names. */
  check(checkpoint: HistoryCheckpoint): SignatureCheck {
    const key = this.byId.get(checkpoint.keyId);
    if (!key) {
      return {
        ok: false,
        reason: `it is signed with key "${checkpoint.keyId}", which is not configured`,
      };
    }
    if (key.algorithm !== checkpoint.algorithm) {
      return {
        ok: false,
        reason: `it claims ${checkpoint.algorithm} but key "${key.keyId}" is ${key.algorithm}`,
      };
    }
    let valid = false;
    try {
      valid = key.verify(checkpointPayload(checkpoint), checkpoint.signature);
    } catch {
      // A malformed signature is as invalid as a wrong one.
      valid = false;
    }
    return valid
      ? { ok: true }
      : { ok: false, reason: 'its signature is invalid' };
  }
}
