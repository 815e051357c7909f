import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoOrg, demoSeedSuite, demoSystems } from '../__testUtils__/demoSeed';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');

describeOnEachDatabase('the demo training records on %s', setup => {
  const suite = demoSeedSuite(setup, {
    clock,
    catalog: [...demoOrg, ...demoSystems],
  });
  const { db } = suite;
  beforeAll(() => suite.addDemoSystems());

  it('records most people’s training once, one team clearly behind, and opens the renewals due', async () => {
    await suite.seed();
    await suite.seed();
    const records = await suite.services.training.list({});
    expect(records).toHaveLength(28);
    expect(records.filter(r => r.status === 'expired')).toHaveLength(2);
    expect(records.filter(r => r.status === 'expiring')).toHaveLength(3);

    const { total, teams } = await suite.services.training.coverage();
    expect(total).toMatchObject({ members: 17, covered: 13, percent: 76 });
    const percent = Object.fromEntries(teams.map(t => [t.title, t.percent]));
    expect(percent['Lending Decisioning']).toBe(33);
    expect(percent['AI Governance Office']).toBe(100);

    const tasks = await db
      .knex('tasks')
      .where({ kind: 'training-renewal', status: 'open' })
      .orderBy('entity_ref');
    expect(tasks.map(t => t.entity_ref)).toEqual([
      'user:default/daniel.kowalski',
      'user:default/elena.petrova',
      'user:default/hannah.becker',
      'user:default/rahul.mehta',
      'user:default/tomas.novak',
    ]);

    const clause = (await suite.services.aimsClauses.get('7.2')).prefilled;
    expect(clause).toEqual({
      status: 'partial',
      reason: expect.stringContaining('13 of 17 people (76 %)'),
    });
  });
});
