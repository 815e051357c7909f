// @ts-check

/*
 * Policies and procedures of the AI management system (ISO/IEC 42001 5.2,
 * 7.5): one row per document, versioned like every record and bound to its
 * history events. Its versions are a JSON list in the row: a version is
 * only added or moved draft → in-approval → approved | rejected, always read
 * with its document, and every earlier version is kept there.
 *
 * `current_version` and `next_review_at` repeat what the versions say (the
 * latest approved one and its approval day plus the review cycle) so the
 * list and the review schedule select on them without reading the JSON.
 * `entity_ref` is always the management system's own reference
 * (AIMS_ENTITY_REF of -common), as on audits.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aims_documents', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    // 'policy', 'procedure' or 'other'; topic 'ai-policy' marks the AI policy.
    table.string('kind', 16).notNullable();
    table.string('topic', 32);
    table.string('title', 255).notNullable();
    table.string('owner', 255).notNullable();
    table.integer('review_months').notNullable();
    table.text('versions').notNullable();
    table.integer('current_version');
    table.string('next_review_at', 10);
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    table.index(['kind', 'title'], 'aims_documents_kind_idx');
    // The review schedule and the 5.2 pre-fill.
    table.index(['next_review_at'], 'aims_documents_review_idx');
  });
};

/**
 * Drops the documents; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aims_documents');
};
