/*
 * The plugin's model as the benchmark needs it, imported from the plugin's
 * own code, so the seeded data and the timed SQL follow the plugin when it
 * changes: the Annex A controls, risk levels and matrix, and the scorecard
 * SQL that `Scorecards` in the backend runs.
 */

import { require } from '../lib/workspace.mjs';

const common = require('@aigov/plugin-ai-governance-common');
const scorecards = require('@aigov/plugin-ai-governance-backend/src/database/scorecards');

export const CONTROL_IDS = common.ANNEX_A_CONTROLS.map(c => c.id);
export const CONTROL_COUNT = CONTROL_IDS.length;
export const RISK_LEVELS = common.RISK_LEVELS;
export const LIFECYCLE_STAGES = common.LIFECYCLE_STAGES;
export const EVIDENCE_KINDS = common.EVIDENCE_KINDS;
export const RISKS_PER_SYSTEM = 10;

/** The level of a risk score under the default matrix (app-config keeps it). */
export const riskLevel = score =>
  common.riskLevel(score, common.DEFAULT_RISK_MATRIX);

// The plugin's default rules: app-config.yaml does not override them.
const RULES = common.DEFAULT_SCORECARD_RULES;

const summaryStore = require('@aigov/plugin-ai-governance-backend/src/database/SummaryStore');

/** The org roll-up statement over the summaries (no stale ones), dated now (for EXPLAIN). */
export const orgRollUpQuery = () =>
  scorecards.orgRollUpQuery(RULES, new Date());

/** The org roll-up computed from the records: the definition, and what every request ran before summaries. */
export const liveOrgRollUpQuery = () =>
  scorecards.liveOrgRollUpQuery(RULES, new Date());

/** One entity's scorecard statement from the records, dated now (for EXPLAIN). */
export const entityScorecardQuery = entityRef =>
  scorecards.entityScorecardQuery(RULES, new Date(), entityRef);

/** The org roll-up's rows exactly as `Scorecards.byOwner` gets them (summaries, stale ones from the records). */
export const runOrgRollUp = knex =>
  scorecards.runOrgRollUp(knex, RULES, new Date());

/**
 * The plugin's summary store: seeding records the default rules as the
 * definitions (`rebuild` on the empty tables) and then recomputes each
 * chunk's summaries with `refresh`, the statements every write runs.
 */
export const summaries = knex => new summaryStore.DatabaseSummaryStore(knex);
export const RULES_USED = RULES;
