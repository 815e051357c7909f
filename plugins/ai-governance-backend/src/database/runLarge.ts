import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/**
 * Runs a large one-off statement over the whole estate (a rebuild, a drift
 * check, a roll-up computed from the records). PostgreSQL's JIT compiler
 * spends longer compiling such aggregates than running them (3.2 s → 0.8 s
 * at 10,000 systems without it, bench/records.mjs), so it is off for this
 * statement's transaction only.
 */
export async function runLarge(db: Db, sql: string, bindings: Knex.ValueDict) {
  if (db.client.config.client !== 'pg') return db.raw(sql, bindings);
  const run = async (tx: Knex.Transaction) => {
    await tx.raw('SET LOCAL jit = off');
    return tx.raw(sql, bindings);
  };
  return (db as Knex.Transaction).isTransaction
    ? run(db as Knex.Transaction)
    : db.transaction(run);
}
