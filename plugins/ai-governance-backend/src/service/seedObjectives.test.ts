import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite } from '../__testUtils__/demoSeed';
import { backfilledTrend } from './seedObjectives';

jest.setTimeout(120_000);

const NOW = '2026-11-27T12:00:00.000Z';
const clock = () => new Date(NOW);

describeOnEachDatabase('the demo objectives on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });
  const { db } = suite;

  it('waits for the catalog before setting objectives measured from its systems', async () => {
    await suite.seed();
    expect(await suite.services.objectives.list()).toEqual([]);
  });

  it('sets four objectives with 90 days of daily snapshots ending at the value measured, once', async () => {
    await suite.addDemoSystems();
    await suite.seed();
    await suite.seed();
    const objectives = await suite.services.objectives.list();
    expect(objectives.map(o => [o.measure, o.status])).toEqual([
      // By due date: the missed one first.
      ['open-critical-risks', 'missed'],
      ['open-nonconformities', 'met'],
      ['clause-readiness', 'at-risk'],
      ['high-tier-silver-or-above', 'on-track'],
    ]);
    for (const o of objectives) {
      // 90 back-filled days and today's snapshot, one a day.
      expect(o.trend).toHaveLength(91);
      expect(new Set(o.trend.map(p => p.day)).size).toBe(91);
      expect(o.trend[0].day).toBe('2026-08-29');
      expect(o.trend.at(-1)).toEqual({
        day: '2026-11-27',
        value: o.current.value,
      });
      expect(o.trend.at(-2)!.value).toBe(o.current.value);
    }
    const critical = objectives[0];
    expect(critical.trend[0].value).toBe(3);
    expect(critical.dueDate).toBe('2026-11-20');
    expect(await db.count('aims_objective_snapshots')).toBe(4 * 91);
    // Clause 6.2 shows the objectives being measured.
    const { items } = await suite.services.aimsClauses.list();
    expect(items.find(c => c.id === '6.2')?.prefilled).toMatchObject({
      status: 'implemented',
    });
  });
});

describe('backfilledTrend', () => {
  const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];

  it('draws counts as whole numbers from the first value to the last', () => {
    expect(backfilledTrend(days, 4, 1, 'count').map(p => p.value)).toEqual([
      4, 3, 2, 1,
    ]);
  });

  it('keeps percentages within 0 to 100 and ends on the value measured', () => {
    const trend = backfilledTrend(days, 0, 100, '%');
    expect(trend.every(p => p.value >= 0 && p.value <= 100)).toBe(true);
    expect(trend.at(-1)).toEqual({ day: '2026-01-04', value: 100 });
  });
});
