import type { Knex } from 'knex';

/*
 * The record of notifications sent, one row per record and event in a table
 * unique on (`idColumn`, event): the row is written before sending, so of
 * two replicas only the one whose insert wins sends, and a failed send
 * removes it again for the next run. Shared by the task and incident logs.
 */

/** Records that `event` of record `id` is being sent to `recipient`; false when it already was. */
export async function claimNotification(
  db: Knex,
  table: string,
  idColumn: string,
  claim: { id: string; event: string; recipient: string; now: string },
): Promise<boolean> {
  // Insert-if-absent: the loser of a race writes nothing and sends nothing.
  const written = await db(table)
    .insert({
      [idColumn]: claim.id,
      event: claim.event,
      recipient: claim.recipient,
      sent_at: claim.now,
    })
    .onConflict([idColumn, 'event'])
    .ignore()
    .returning(idColumn);
  return written.length === 1;
}

/** Forgets a claim whose send failed, so the next run tries again. */
export async function releaseNotification(
  db: Knex,
  table: string,
  idColumn: string,
  id: string,
  event: string,
): Promise<void> {
  await db(table)
    .where({ [idColumn]: id, event })
    .delete();
}
