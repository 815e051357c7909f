import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { readCheckpointSettings } from './config';
import { CheckpointKeyring, ed25519Key, hmacKey } from './signer';
import { DirectoryCheckpointSink } from './sinks';

const head = { seq: 42, hash: 'a'.repeat(64) };
const AT = '2026-12-02T10:00:00.000Z';
const pemOf = () =>
  generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
const SECRET = 'a test secret that is long enough, 32+ bytes';

describe('checkpoint signatures', () => {
  it('round-trips an Ed25519 signature and verifies with the derived public key', () => {
    const keyring = new CheckpointKeyring(
      ed25519Key({ privateKeyPem: pemOf(), source: 'signingKey' }),
    );
    const checkpoint = keyring.sign(head, AT);
    expect(checkpoint).toMatchObject({
      ...head,
      at: AT,
      algorithm: 'ed25519',
      keyId: expect.stringMatching(/^ed25519-[0-9a-f]{16}$/),
    });
    expect(keyring.check(checkpoint)).toEqual({ ok: true });
  });

  it('round-trips an HMAC-SHA256 signature', () => {
    const keyring = new CheckpointKeyring(
      hmacKey({ secret: SECRET, keyId: 'hmac-test', source: 'secret' }),
    );
    const checkpoint = keyring.sign(head, AT);
    expect(checkpoint).toMatchObject({
      keyId: 'hmac-test',
      algorithm: 'hmac-sha256',
    });
    expect(keyring.check(checkpoint)).toEqual({ ok: true });
  });

  it.each([
    ['a changed hash', { hash: 'b'.repeat(64) }],
    ['a changed seq', { seq: 41 }],
    ['a changed time', { at: '2026-12-02T10:00:01.000Z' }],
    ['a forged signature', { signature: Buffer.alloc(64).toString('base64') }],
    ['a malformed signature', { signature: '***' }],
  ])('refuses %s, for both algorithms', (_, change) => {
    for (const key of [
      ed25519Key({ privateKeyPem: pemOf(), source: 'signingKey' }),
      hmacKey({ secret: SECRET, source: 'secret' }),
    ]) {
      const keyring = new CheckpointKeyring(key);
      const checkpoint = { ...keyring.sign(head, AT), ...change };
      expect(keyring.check(checkpoint)).toEqual({
        ok: false,
        reason: 'its signature is invalid',
      });
    }
  });

  it('refuses a checkpoint of a key it does not have, or under another algorithm', () => {
    const signer = new CheckpointKeyring(
      hmacKey({ secret: SECRET, keyId: 'k1', source: 'secret' }),
    );
    const checkpoint = signer.sign(head, AT);
    const other = new CheckpointKeyring(
      ed25519Key({ privateKeyPem: pemOf(), keyId: 'k2', source: 'signingKey' }),
    );
    expect(other.check(checkpoint)).toEqual({
      ok: false,
      reason: 'it is signed with key "k1", which is not configured',
    });
    const sameId = new CheckpointKeyring(
      ed25519Key({ privateKeyPem: pemOf(), keyId: 'k1', source: 'signingKey' }),
    );
    expect(sameId.check(checkpoint).ok).toBe(false);
  });

  it('verifies checkpoints of a rotated-out key from its public key alone', () => {
    const pem = pemOf();
    const old = new CheckpointKeyring(
      ed25519Key({ privateKeyPem: pem, keyId: 'old', source: 'signingKey' }),
    );
    const checkpoint = old.sign(head, AT);
    const publicKeyPem = generatePublic(pem);
    const rotated = new CheckpointKeyring(
      hmacKey({ secret: SECRET, keyId: 'new', source: 'secret' }),
      [
        ed25519Key({
          publicKeyPem,
          keyId: 'old',
          source: 'verificationKeys[0]',
        }),
      ],
    );
    expect(rotated.check(checkpoint)).toEqual({ ok: true });
  });

  it('names the setting of an unusable key', () => {
    expect(() =>
      ed25519Key({ privateKeyPem: 'not a key', source: 'x.signingKey' }),
    ).toThrow(/x\.signingKey is not a PEM key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    expect(() =>
      ed25519Key({ privateKeyPem: rsa, source: 'x.signingKey' }),
    ).toThrow('x.signingKey must be an Ed25519 key, got rsa');
    expect(() => hmacKey({ secret: 'short', source: 'x.secret' })).toThrow(
      'x.secret must be at least 32 bytes long',
    );
  });
});

function generatePublic(privatePem: string) {
  return createPublicKey(privatePem)
    .export({ type: 'spki', format: 'pem' })
    .toString();
}

describe('checkpoint settings', () => {
  const logger = mockServices.logger.mock();
  const read = (checkpoints: object) =>
    readCheckpointSettings(
      new ConfigReader({ aiGovernance: { integrity: { checkpoints } } }),
      logger,
    );
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-checkpoint-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts without a key, warning what goes unnoticed', () => {
    const settings = readCheckpointSettings(new ConfigReader({}), logger);
    expect(settings.keyring.signing).toBeUndefined();
    expect(settings.frequencyMinutes).toBe(15);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('No checkpoint signing key is configured'),
    );
  });

  it('refuses two keys at once and a key file that is missing', () => {
    expect(() => read({ signingKey: pemOf(), secret: SECRET })).toThrow(
      /Set only one of/,
    );
    expect(() =>
      read({ signingKeyFile: path.join(dir, 'missing.pem') }),
    ).toThrow(/signingKeyFile: .*missing\.pem does not exist/);
  });

  it('generates a demo key once, in a folder git ignores, when told to', () => {
    const file = path.join(dir, 'key', 'checkpoint-signing-key.pem');
    const first = read({ signingKeyFile: file, generateSigningKey: true });
    expect(fs.readFileSync(path.join(dir, 'key', '.gitignore'), 'utf8')).toBe(
      '*\n',
    );
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Generated a demo checkpoint signing key'),
    );
    const second = read({ signingKeyFile: file, generateSigningKey: true });
    expect(second.keyring.signing?.keyId).toBe(first.keyring.signing?.keyId);
  });

  it('reads an HMAC secret, rotated-out keys and the sink', () => {
    const settings = read({
      secret: SECRET,
      keyId: 'now',
      frequency: 5,
      verificationKeys: [{ keyId: 'before', secret: `${SECRET}, older` }],
      sink: { directory: dir },
    });
    expect(settings.keyring.signing?.keyId).toBe('now');
    expect(settings.frequencyMinutes).toBe(5);
    expect(settings.sink?.description).toBe(`directory ${dir}`);
    expect(() =>
      read({ secret: SECRET, verificationKeys: [{ keyId: 'x' }] }),
    ).toThrow('verificationKeys[0] needs exactly one of publicKey and secret');
  });
});

describe('the directory sink', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-checkpoint-sink-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const keyring = new CheckpointKeyring(
    hmacKey({ secret: SECRET, source: 'secret' }),
  );

  it('writes one file per checkpoint, lists them in order and never replaces one', async () => {
    const sink = new DirectoryCheckpointSink(path.join(dir, 'sink'));
    expect(await sink.latest()).toBeUndefined();
    const checkpoints = [3, 1, 2].map(seq =>
      keyring.sign({ seq, hash: String(seq).repeat(64) }, AT),
    );
    for (const c of checkpoints) await sink.write(c);
    await sink.write(checkpoints[0]);
    expect(fs.readdirSync(path.join(dir, 'sink')).sort()).toEqual([
      'checkpoint-000000000000001.json',
      'checkpoint-000000000000002.json',
      'checkpoint-000000000000003.json',
    ]);
    expect((await sink.list({ limit: 10 })).map(c => c.seq)).toEqual([1, 2, 3]);
    expect(
      (await sink.list({ afterSeq: 1, limit: 1 })).map(c => c.seq),
    ).toEqual([2]);
    expect(await sink.latest()).toEqual(checkpoints[0]);
    await expect(
      sink.write({ ...checkpoints[0], at: '2027-01-01T00:00:00.000Z' }),
    ).rejects.toThrow(/already holds a different checkpoint for event 3/);
  });

  it('names a file that is not a checkpoint', async () => {
    const sink = new DirectoryCheckpointSink(dir);
    fs.writeFileSync(path.join(dir, 'checkpoint-000000000000007.json'), '{');
    await expect(sink.latest()).rejects.toThrow(
      /checkpoint-000000000000007\.json is not JSON/,
    );
  });
});
