import { mockServices } from '@backstage/backend-test-utils';
import type { SchedulerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
  type ScorecardRules,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../../__testUtils__/describeOnEachDatabase';
import { riskHeatMap } from '../../database/overview';
import { DatabaseSummaryStore } from '../../database/SummaryStore';
import { createGovernanceServices } from '../services';
import {
  refreshAgedSummaries,
  scheduleSummaryJobs,
  verifySummaries,
} from './summaries';

const ALICE = 'user:default/alice';
const TEAM = 'group:default/team';
const START = Date.parse('2026-06-15T12:00:00.000Z');
const HOUR = 3_600_000;

describeOnEachDatabase('scorecard summary jobs on %s', setup => {
  const db = setup.migratedDatabase();
  let now = START;
  let n = 0;

  /** Services on the shared database at the test's clock, with a system of its own. */
  async function system(rules: ScorecardRules = DEFAULT_SCORECARD_RULES) {
    const services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules,
      clock: () => new Date(now),
    });
    const entityRef = `aisystem:default/job-${++n}`;
    await services.entityStore.upsertEntity({
      entityRef,
      kind: 'aisystem',
      title: 'A system',
      ownerRef: `${TEAM}-${n}`,
      riskTier: 'minimal',
      purpose: 'A purpose',
      lifecycle: 'production',
    });
    await services.scorecards.rebuildSummaries();
    const summary = async () =>
      (await new DatabaseSummaryStore(db.knex).read(entityRef))?.row;
    const team = async () =>
      (await services.scorecards.byOwner()).find(
        t => t.groupRef === `${TEAM}-${n}`,
      );
    return { services, entityRef, summary, team };
  }

  it('recomputes a summary once the clock passes a review date and evidence expires', async () => {
    now = START;
    const { services, entityRef, summary, team } = await system();
    const logger = mockServices.logger.mock();
    await services.risks.create(
      entityRef,
      {
        title: 'Drift',
        category: 'robustness',
        lifecycleStage: 'operation',
        likelihood: 2,
        impact: 2,
        status: 'open',
        treatment: 'mitigate',
        nextReviewDate: '2026-06-16',
      },
      ALICE,
    );
    await services.evidence.create(
      entityRef,
      {
        title: 'Test report',
        kind: 'report',
        url: 'https://example.com/report',
        collectedAt: '2026-06-01T00:00:00.000Z',
        expiresAt: new Date(START + 3 * HOUR).toISOString(),
        controlIds: [],
        riskIds: [],
      },
      ALICE,
    );
    expect(await summary()).toMatchObject({
      overdue_reviews: 0,
      evidence_expired: 0,
      as_of: '2026-06-15',
    });
    expect(await refreshAgedSummaries(services.scorecards, logger)).toBe(0);

    // Evidence expires at 15:00: nothing was written, yet the org view
    // counts it at once, and the job then stores it.
    now = START + 4 * HOUR;
    expect(await team()).toMatchObject({ expiredEvidence: 1, overdue: 0 });
    expect(await refreshAgedSummaries(services.scorecards, logger)).toBe(1);
    expect(await summary()).toMatchObject({
      evidence_expired: 1,
      overdue_reviews: 0,
    });

    // The review was due on the 16th: overdue from the 17th.
    now = Date.parse('2026-06-17T00:30:00.000Z');
    expect(await team()).toMatchObject({ overdue: 1 });
    expect((await services.scorecards.entity(entityRef))?.overdue).toEqual({
      reviews: 1,
      treatments: 0,
      controls: 0,
    });
    expect(await refreshAgedSummaries(services.scorecards, logger)).toBe(1);
    expect(await summary()).toMatchObject({
      overdue_reviews: 1,
      as_of: '2026-06-17',
    });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('Recomputed 1 scorecard summaries'),
    );
  });

  it('repairs summaries that differ from the records and reports them', async () => {
    now = START;
    const { services, entityRef, summary, team } = await system();
    const logger = mockServices.logger.mock();
    const right = await services.scorecards.entity(entityRef);
    // Written around the write path, as a restore or a manual fix would.
    await db
      .knex('entity_summaries')
      .where('entity_ref', entityRef)
      .update({ risk_approved: 1, untreated: 4 });
    await db
      .knex('owner_summaries')
      .where('owner_ref', `${TEAM}-${n}`)
      .update({ systems: 7 });
    expect((await services.scorecards.entity(entityRef))?.level).toBe('bronze');
    expect((await team())?.systems).toBe(7);

    const repair = await verifySummaries(services.scorecards, logger);
    expect(repair).toMatchObject({
      rebuilt: false,
      drift: { entities: 1, owners: 1 },
    });
    expect(repair.first).toContain(entityRef);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        `1 entities, 1 owners' totals; first: ${entityRef}`,
      ),
    );
    expect(await services.scorecards.entity(entityRef)).toEqual(right);
    expect((await team())?.systems).toBe(1);
    expect(await summary()).toMatchObject({ risk_approved: 0, untreated: 0 });
    expect((await verifySummaries(services.scorecards, logger)).drift).toEqual({
      entities: 0,
      owners: 0,
      heatMapTotals: false,
    });
  });

  it("repairs the heat map's totals and a system's cells", async () => {
    now = START;
    const { services, entityRef } = await system();
    const logger = mockServices.logger.mock();
    const everySystem = {
      sql: "g.kind = 'aisystem'",
      bindings: {},
      unrestricted: true,
    };
    await services.risks.create(
      entityRef,
      {
        title: 'Declines drift upwards',
        category: 'robustness',
        lifecycleStage: 'operation',
        likelihood: 4,
        impact: 5,
        treatment: 'mitigate',
        status: 'open',
      },
      ALICE,
    );
    const right = await riskHeatMap(db.knex, everySystem);
    expect(await services.overview.heatMap(everySystem)).toEqual(right);
    expect(right.inherent).toContainEqual(
      expect.objectContaining({ likelihood: 4, impact: 5 }),
    );
    // Written around the write path, as a restore or a manual fix would.
    await db
      .knex('risk_cell_totals')
      .where({ grid: 'inherent', likelihood: 4, impact: 5 })
      .increment('risks', 10);
    await db.knex('risk_cells').where('entity_ref', entityRef).delete();
    expect(await services.overview.heatMap(everySystem)).not.toEqual(right);

    const repair = await verifySummaries(services.scorecards, logger);
    expect(repair.drift).toMatchObject({ heatMapTotals: true });
    expect(repair.first).toContain(entityRef);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('the heat map totals'),
    );
    expect(await services.overview.heatMap(everySystem)).toEqual(right);
    expect(
      (await verifySummaries(services.scorecards, logger)).drift,
    ).toMatchObject({ entities: 0, heatMapTotals: false });
  });

  it('counts the risks themselves for a narrowed scope, and while the summaries are not trusted', async () => {
    now = START;
    const { services, entityRef } = await system();
    await services.risks.create(
      entityRef,
      {
        title: 'Scores drift for new applicants',
        category: 'fairness',
        lifecycleStage: 'operation',
        likelihood: 2,
        impact: 3,
        treatment: 'mitigate',
        status: 'open',
      },
      ALICE,
    );
    const everySystem = {
      sql: "g.kind = 'aisystem'",
      bindings: {},
      unrestricted: true,
    };
    const oneSystem = {
      sql: "g.kind = 'aisystem' AND g.entity_ref = :ref",
      bindings: { ref: entityRef },
    };
    // Totals that disagree with the records show which path answered.
    await db
      .knex('risk_cell_totals')
      .where({ grid: 'inherent', likelihood: 2, impact: 3 })
      .increment('risks', 10);
    expect(await services.overview.heatMap(oneSystem)).toEqual({
      inherent: [{ likelihood: 2, impact: 3, count: 1 }],
      residual: [],
    });
    expect(await services.overview.heatMap(everySystem)).not.toEqual(
      await riskHeatMap(db.knex, everySystem),
    );
    // Summaries computed by another version (here: none recorded) are not read.
    await db.knex('summary_definitions').delete();
    expect(await services.overview.heatMap(everySystem)).toEqual(
      await riskHeatMap(db.knex, everySystem),
    );
    await services.scorecards.rebuildSummaries();
    expect(await services.overview.heatMap(everySystem)).toEqual(
      await riskHeatMap(db.knex, everySystem),
    );
  });

  it('recomputes every summary when the scorecard rules change', async () => {
    now = START;
    const strict = { ...DEFAULT_SCORECARD_RULES, riskAppetite: 'low' as const };
    // The summaries follow the strict rules; this replica is configured
    // with the default ones, so it recomputes them all.
    await system(strict);
    const { services } = await system();
    await db
      .knex('summary_definitions')
      .update({ rules: JSON.stringify(strict), definitions_key: 'other' });
    const logger = mockServices.logger.mock();
    expect(await verifySummaries(services.scorecards, logger)).toMatchObject({
      rebuilt: true,
    });
    expect(
      (await new DatabaseSummaryStore(db.knex).definitions())?.rules,
    ).toEqual(DEFAULT_SCORECARD_RULES);
    expect((await verifySummaries(services.scorecards, logger)).rebuilt).toBe(
      false,
    );
  });
});

describe('scheduleSummaryJobs', () => {
  it('schedules the aging refresh and the full check once across replicas', async () => {
    const scheduleTask = jest.fn();
    await scheduleSummaryJobs({
      scheduler: { scheduleTask } as unknown as SchedulerService,
      logger: mockServices.logger.mock(),
      scorecards: {} as never,
    });
    expect(
      scheduleTask.mock.calls.map(([task]) => [task.id, task.scope]),
    ).toEqual([
      ['ai-governance-summaries-aging', 'global'],
      ['ai-governance-summaries-verify', 'global'],
    ]);
  });
});
