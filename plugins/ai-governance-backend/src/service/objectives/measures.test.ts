import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../../__testUtils__/describeOnEachDatabase';
import { createGovernanceServices } from '../services';

const OPENED = Date.parse('2026-11-01T10:00:00.000Z');
const DAY = 86_400_000;

/*
 * The measures on the real database with a clock of their own: tasks
 * become overdue as days pass, and the high-tier share counts the
 * high-tier systems in scope by their scorecard level.
 */
describeOnEachDatabase('objective measures on %s', setup => {
  const db = setup.migratedDatabase();

  it('counts open tasks once their due date has passed, and high-tier systems by scorecard level', async () => {
    let now = OPENED;
    const services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock: () => new Date(now),
    });
    const measure = services.objectives.measure.bind(services.objectives);
    expect(await measure('high-tier-silver-or-above')).toEqual({
      value: null,
      detail: 'No high-tier AI system is in scope',
    });
    const system = (name: string, riskTier: string, lifecycle: string) =>
      services.entityStore.upsertEntity({
        entityRef: `aisystem:default/${name}`,
        kind: 'aisystem',
        title: name,
        ownerRef: 'group:default/team',
        riskTier,
        purpose: 'A purpose',
        lifecycle,
      });
    await system('measured', 'high', 'production');
    // Experiments are out of scope, minimal-tier ones not high-tier.
    await system('experiment', 'high', 'experimental');
    await system('chatbot', 'minimal', 'production');
    expect(await measure('high-tier-silver-or-above')).toEqual({
      value: 0,
      detail: '0 of 1 high-tier AI system in scope at silver or above',
    });

    await services.work.run(scope =>
      services.tasks.openForChange(
        scope,
        'aisystem:default/measured',
        'change-1',
        'group:default/team',
        'catalog',
      ),
    );
    const opened = Number(
      (
        await db
          .knex('tasks')
          .where({ entity_ref: 'aisystem:default/measured', status: 'open' })
          .count({ n: '*' })
      )[0].n,
    );
    expect(opened).toBeGreaterThan(0);
    expect((await measure('overdue-tasks')).value).toBe(0);
    // The change's tasks are due in 30 days: overdue from the day after.
    now = OPENED + 31 * DAY;
    expect(await measure('overdue-tasks')).toEqual({
      value: opened,
      detail: `${opened} open task${opened === 1 ? '' : 's'} past the due date`,
    });
  });
});
