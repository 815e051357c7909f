// @ts-check

/*
 * Signed checkpoints of the history chain's head. One row per signed head:
 * `seq` is the key, so two replicas can never store two different
 * checkpoints of one head. Append-only like the history itself (a database
 * superuser can still drop the triggers, which is why checkpoints are also
 * written to an external sink and verified from there).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('history_checkpoints', table => {
    table.bigInteger('seq').primary();
    table.string('hash', 64).notNullable();
    table.string('at', 32).notNullable();
    table.string('key_id', 255).notNullable();
    table.string('algorithm', 32).notNullable();
    table.text('signature').notNullable();
  });

  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION ai_governance_checkpoints_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'history checkpoints are append-only';
      END;
      $$ LANGUAGE plpgsql`);
    await knex.raw(`
      CREATE TRIGGER history_checkpoints_append_only
      BEFORE UPDATE OR DELETE ON history_checkpoints
      FOR EACH ROW EXECUTE FUNCTION ai_governance_checkpoints_append_only()`);
  } else {
    await knex.raw(`
      CREATE TRIGGER history_checkpoints_no_update BEFORE UPDATE ON history_checkpoints
      BEGIN SELECT RAISE(ABORT, 'history checkpoints are append-only'); END`);
    await knex.raw(`
      CREATE TRIGGER history_checkpoints_no_delete BEFORE DELETE ON history_checkpoints
      BEGIN SELECT RAISE(ABORT, 'history checkpoints are append-only'); END`);
  }
};

/**
 * Drops the checkpoints (the external sink keeps its copies): for development only.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('history_checkpoints');
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'DROP FUNCTION IF EXISTS ai_governance_checkpoints_append_only()',
    );
  }
};
