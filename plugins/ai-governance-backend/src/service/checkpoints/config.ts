import fs from 'node:fs';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  CheckpointKeyring,
  ed25519Key,
  hmacKey,
  type CheckpointKey,
} from './signer';
import { DirectoryCheckpointSink, type CheckpointSink } from './sinks';

/** Where checkpoint settings live in the app config. */
export const CHECKPOINTS_CONFIG = 'aiGovernance.integrity.checkpoints';

/** What `aiGovernance.integrity.checkpoints` configures. */
export interface CheckpointSettings {
  keyring: CheckpointKeyring;
  /** The external copy; undefined when none is configured. */
  sink?: CheckpointSink;
  /** Minutes between scheduled checkpoints. */
  frequencyMinutes: number;
}

/**
 * Reads the signing key: a PEM (`signingKey`), a PEM file (`signingKeyFile`,
 * generated on first start when `generateSigningKey` is true — the demo
 * only) or an HMAC `secret`. None is a valid setup (the plugin starts and
 * refuses to sign); a key that is set but unusable fails the start.
 */
function signingKeyOf(
  config: Config | undefined,
  logger: LoggerService,
): CheckpointKey | undefined {
  if (!config) return undefined;
  const at = (key: string) => `${CHECKPOINTS_CONFIG}.${key}`;
  const keyId = config.getOptionalString('keyId');
  const pem = config.getOptionalString('signingKey');
  const file = config.getOptionalString('signingKeyFile');
  const secret = config.getOptionalString('secret');
  const given = [
    pem && 'signingKey',
    file && 'signingKeyFile',
    secret && 'secret',
  ];
  if (given.filter(Boolean).length > 1) {
    throw new Error(
      `Set only one of ${at('signingKey')}, ${at('signingKeyFile')} and ${at(
        'secret',
      )}`,
    );
  }
  if (pem)
    return ed25519Key({ privateKeyPem: pem, keyId, source: at('signingKey') });
  if (secret) return hmacKey({ secret, keyId, source: at('secret') });
  if (!file) return undefined;
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) {
    if (config.getOptionalBoolean('generateSigningKey') !== true) {
      throw new Error(`${at('signingKeyFile')}: ${resolved} does not exist`);
    }
    generateDemoKey(resolved);
    logger.warn(
      `Generated a demo checkpoint signing key (Ed25519) at ${resolved}, because ${at(
        'generateSigningKey',
      )} is true. For the demo only: in production configure a real key in ${at(
        'signingKey',
      )}.`,
    );
  }
  return ed25519Key({
    privateKeyPem: fs.readFileSync(resolved, 'utf8'),
    keyId,
    source: at('signingKeyFile'),
  });
}

/** Writes a fresh Ed25519 key, readable by its owner only, in a folder git ignores. */
function generateDemoKey(file: string) {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  // The folder keeps git away from the key whatever the repository ignores.
  const ignore = path.join(dir, '.gitignore');
  if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '*\n');
  const { privateKey } = generateKeyPairSync('ed25519');
  fs.writeFileSync(
    file,
    privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    { mode: 0o600, flag: 'wx' },
  );
}

/** Keys that only verify: the public keys (or secrets) of keys rotated out. */
function verificationKeysOf(config: Config | undefined): CheckpointKey[] {
  return (config?.getOptionalConfigArray('verificationKeys') ?? []).map(
    (key, i) => {
      const source = `${CHECKPOINTS_CONFIG}.verificationKeys[${i}]`;
      const keyId = key.getString('keyId');
      const publicKey = key.getOptionalString('publicKey');
      const secret = key.getOptionalString('secret');
      if (!publicKey === !secret) {
        throw new Error(`${source} needs exactly one of publicKey and secret`);
      }
      return publicKey
        ? ed25519Key({
            publicKeyPem: publicKey,
            keyId,
            source: `${source}.publicKey`,
          })
        : hmacKey({ secret: secret!, keyId, source: `${source}.secret` });
    },
  );
}

/** Reads `aiGovernance.integrity.checkpoints`, warning about what is missing. */
export function readCheckpointSettings(
  root: Config,
  logger: LoggerService,
): CheckpointSettings {
  const config = root.getOptionalConfig(CHECKPOINTS_CONFIG);
  const signing = signingKeyOf(config, logger);
  const keyring = new CheckpointKeyring(signing, verificationKeysOf(config));
  const directory = config?.getOptionalString('sink.directory');
  const frequencyMinutes = config?.getOptionalNumber('frequency') ?? 15;
  if (!(frequencyMinutes > 0)) {
    throw new Error(
      `${CHECKPOINTS_CONFIG}.frequency must be a positive number of minutes`,
    );
  }
  if (!signing) {
    logger.warn(
      `No checkpoint signing key is configured (${CHECKPOINTS_CONFIG}.signingKey or .secret): the history is not anchored outside the database, so deleting its last events or rewriting it with recomputed hashes goes unnoticed, and creating checkpoints answers 503.`,
    );
  } else if (!directory) {
    logger.warn(
      `No checkpoint sink is configured (${CHECKPOINTS_CONFIG}.sink.directory): checkpoints are kept in the database only, where deleting them goes unnoticed.`,
    );
  }
  return {
    keyring,
    sink: directory
      ? new DirectoryCheckpointSink(path.resolve(directory))
      : undefined,
    frequencyMinutes,
  };
}
