// @ts-check

/*
 * Change detection from the catalog:
 *
 * - `change_snapshots`: per catalog entity, the fields change detection
 *   compares (models, tier, purpose, type, lifecycle, owner, AI
 *   dependencies) as the last sync saw them, and how many times they
 *   changed (`version`).
 * - `entity_changes`: one row per detected difference, immutable once
 *   written and bound to its history event (`history_seq`). The unique key
 *   on (entity, snapshot version, field) makes a second writer of the same
 *   difference fail instead of recording it twice.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('change_snapshots', table => {
    table.string('entity_ref', 255).primary();
    table.text('fields').notNullable();
    table.integer('version').notNullable();
    table.string('taken_at', 32).notNullable();
  });
  await knex.schema.createTable('entity_changes', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.integer('snapshot_version').notNullable();
    table.string('field', 512).notNullable();
    // 'added', 'removed' or 'changed'.
    table.string('change', 8).notNullable();
    table.text('before');
    table.text('after');
    table.boolean('material').notNullable();
    table.string('detected_at', 32).notNullable();
    table.text('location');
    table.string('commit', 255);
    table.bigInteger('history_seq').notNullable();
    table.unique(['entity_ref', 'snapshot_version', 'field'], {
      indexName: 'entity_changes_once_idx',
    });
    table.index(['entity_ref', 'row_id'], 'entity_changes_entity_idx');
  });
};

/**
 * Drops the change log and the snapshots it was detected against; the
 * history events of the changes stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('entity_changes');
  await knex.schema.dropTable('change_snapshots');
};
