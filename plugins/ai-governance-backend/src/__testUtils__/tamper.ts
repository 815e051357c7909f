import type { Knex } from 'knex';

/*
 * What an attacker with write access to the database does first: switch
 * off the triggers that keep the history append-only, change rows, and put
 * the triggers back.
 */

const SQLITE_TRIGGERS = {
  history_no_update: `CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
  history_no_delete: `CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
};

/** Runs `fn` with the history's append-only triggers off. */
export async function withoutHistoryTriggers<T>(
  knex: Knex,
  fn: () => Promise<T>,
): Promise<T> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('ALTER TABLE history DISABLE TRIGGER history_append_only');
    try {
      return await fn();
    } finally {
      await knex.raw('ALTER TABLE history ENABLE TRIGGER history_append_only');
    }
  }
  for (const name of Object.keys(SQLITE_TRIGGERS))
    await knex.raw(`DROP TRIGGER ${name}`);
  try {
    return await fn();
  } finally {
    for (const sql of Object.values(SQLITE_TRIGGERS)) await knex.raw(sql);
  }
}
