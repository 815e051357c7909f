// @ts-check

/*
 * Binding the record tables to the history. The replay reads the newest
 * event of each record (an index on the record's key and sequence), and the
 * scheduled integrity check keeps one row per run: how far it verified the
 * chain, where its rolling sweep over all records stands, and what it found.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('history', table => {
    table.index(
      ['record_type', 'entity_ref', 'record_id', 'seq'],
      'history_record_idx',
    );
  });
  await knex.schema.createTable('integrity_runs', table => {
    table.increments('id');
    table.string('started_at', 32).notNullable();
    table.string('finished_at', 32).notNullable();
    // The chain was verified up to this event (and its hash).
    table.bigInteger('chain_seq').notNullable();
    table.string('chain_hash', 64).notNullable();
    // The rolling sweep over every record continues after this event.
    table.bigInteger('sweep_seq').notNullable();
    table.integer('checked_records').notNullable();
    table.boolean('ok').notNullable();
    table.text('reason');
    table.string('record_type', 32);
    table.string('record_id', 255);
    table.string('entity_ref', 255);
    table.string('field', 255);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('integrity_runs');
  await knex.schema.alterTable('history', table => {
    table.dropIndex(
      ['record_type', 'entity_ref', 'record_id', 'seq'],
      'history_record_idx',
    );
  });
};
