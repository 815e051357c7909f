// @ts-check

/*
 * The scope and context (ISO/IEC 42001 4.1 to 4.4) and the roles (5.3) of
 * the AI management system: org-level records of which there is one each,
 * so a table each with one row (id `scope`, `roles`), versioned like every
 * record and bound to its history events (a table per record type, as the
 * integrity check looks for rows no event of the type wrote). The content
 * is one JSON document: it is always read and written whole, and the AI
 * systems in scope are not in it (the scope holds a catalog filter,
 * resolved when read).
 *
 * `entity_ref` is always the management system's own reference
 * (AIMS_ENTITY_REF of -common), as on aims_clause_assessments.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const name of ['aims_scope', 'aims_roles']) {
    await knex.schema.createTable(name, table => {
      table.string('id', 32).primary();
      table.string('entity_ref', 255).notNullable();
      table.text('content').notNullable();
      table.integer('version').notNullable();
      table.string('created_at', 32).notNullable();
      table.string('created_by', 255).notNullable();
      table.string('updated_at', 32).notNullable();
      table.string('updated_by', 255).notNullable();
    });
  }
};

/**
 * Drops the records; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aims_roles');
  await knex.schema.dropTable('aims_scope');
};
