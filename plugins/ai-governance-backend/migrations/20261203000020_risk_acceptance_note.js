// @ts-check

/*
 * The note an approver gives when accepting a risk (POST /risks/:id/accept,
 * `note`) is kept with the acceptance, so the risk register and its CSV
 * export can say why a risk was accepted; before, it reached only the audit
 * log. Acceptances recorded earlier have none.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('risks', table => {
    table.text('acceptance_note').nullable();
  });
};

/**
 * Drops the notes: the acceptances themselves stay.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('risks', table => {
    table.dropColumn('acceptance_note');
  });
};
