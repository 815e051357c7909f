import type { Knex } from 'knex';

/*
 * What an attacker with write access to the database does first: switch
 * off the triggers that keep the history and its signed checkpoints
 * append-only, change rows, and put the triggers back.
 */

const PG_TABLES = [
  ['history', 'history_append_only'],
  ['history_checkpoints', 'history_checkpoints_append_only'],
] as const;

const SQLITE_TRIGGERS = [
  ['history_no_update', 'history', 'UPDATE', 'history is append-only'],
  ['history_no_delete', 'history', 'DELETE', 'history is append-only'],
  [
    'history_checkpoints_no_update',
    'history_checkpoints',
    'UPDATE',
    'history checkpoints are append-only',
  ],
  [
    'history_checkpoints_no_delete',
    'history_checkpoints',
    'DELETE',
    'history checkpoints are append-only',
  ],
] as const;

/** Runs `fn` with the append-only triggers of the history and its checkpoints off, as the migrations create them. */
export async function withoutAppendOnlyTriggers<T>(
  knex: Knex,
  fn: () => Promise<T>,
): Promise<T> {
  if (knex.client.config.client === 'pg') {
    const toggle = (on: 'ENABLE' | 'DISABLE') =>
      Promise.all(
        PG_TABLES.map(([table, trigger]) =>
          knex.raw(`ALTER TABLE ${table} ${on} TRIGGER ${trigger}`),
        ),
      );
    await toggle('DISABLE');
    try {
      return await fn();
    } finally {
      await toggle('ENABLE');
    }
  }
  for (const [name] of SQLITE_TRIGGERS) await knex.raw(`DROP TRIGGER ${name}`);
  try {
    return await fn();
  } finally {
    for (const [name, table, op, message] of SQLITE_TRIGGERS) {
      await knex.raw(
        `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
      );
    }
  }
}
