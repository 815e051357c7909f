// @ts-check

/*
 * The clause gap assessment of the AI management system (ISO/IEC 42001
 * clauses 4 to 10): one row per clause someone assessed, versioned like every
 * record and bound to its history events. A clause nobody assessed has no
 * row; the API shows it as `not-assessed`.
 *
 * `entity_ref` is always the management system's own reference
 * (AIMS_ENTITY_REF of -common): the history keys every record by an entity,
 * and the integrity check finds rows no event wrote through this column.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aims_clause_assessments', table => {
    // A clause number of the library, `4` … `10.2`.
    table.string('clause_id', 16).notNullable().primary();
    table.string('entity_ref', 255).notNullable();
    // 'not-assessed', 'gap', 'partial' or 'implemented'.
    table.string('status', 16).notNullable();
    table.text('notes').notNullable();
    table.string('owner', 255);
    // A JSON list of { title?, url }: read and written only with its clause.
    table.text('evidence_links').notNullable();
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
  });
};

/**
 * Drops the assessments; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aims_clause_assessments');
};
