import type { Knex } from 'knex';
import type { Test } from 'supertest';

/** Reads an answer's body as the bytes sent, whatever its media type. */
export const asBytes = (test: Test) =>
  test.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/**
 * Flips one byte of a stored evidence file, as a storage fault or an edit
 * behind the API's back would: serving it must then fail its SHA-256 check.
 */
export async function corruptStoredFile(
  knex: Knex,
  sha256: string,
  byte: number,
) {
  const blob = await knex('evidence_blobs').where('sha256', sha256).first();
  const tampered = Buffer.from(blob.content);
  tampered[byte] ^= 0xff;
  await knex('evidence_blobs')
    .where('sha256', sha256)
    .update({ content: tampered });
}
