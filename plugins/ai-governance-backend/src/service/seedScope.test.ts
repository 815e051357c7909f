import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import {
  demoEntities,
  demoOrg,
  demoSeedSuite,
  demoSystems,
} from '../__testUtils__/demoSeed';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');

/** The demo organisation, its Systems and its AI systems. */
const catalog = [...demoOrg, ...demoEntities('systems.yaml'), ...demoSystems];

describeOnEachDatabase('the demo scope and roles on %s', setup => {
  const suite = demoSeedSuite(setup, { clock, catalog });
  const { db } = suite;

  it('records the scope once: five of the six AI systems in scope, the pilot excluded with its justification', async () => {
    await suite.seed();
    await suite.seed();
    const scope = await suite.services.aimsScope.get();
    expect(scope).toMatchObject({ defined: true, version: 1 });
    expect(scope.issues).toHaveLength(5);
    expect(scope.interestedParties.map(p => p.name)).toContain(
      'Retail customers',
    );
    // Dates of the file are relative to the load day.
    expect(scope.interestedParties[0].feedback[0].date).toBe('2026-10-18');
    const inScope = (await suite.services.aimsScope.systemsInScope()).map(
      s => s.entityRef,
    );
    expect(inScope).toHaveLength(5);
    expect(inScope).not.toContain('aisystem:default/candidate-screening');
    const pilot = scope.systems.find(
      s => s.entityRef === 'aisystem:default/candidate-screening',
    );
    expect(pilot).toMatchObject({
      inScope: false,
      domain: 'domain:default/corporate-functions',
    });
    expect(pilot!.reason).toMatch(/^Excluded: Pilot under the works council/);
    expect(
      await db.knex('history').where('record_type', 'aims-scope'),
    ).toHaveLength(1);

    const clauses = await suite.services.aimsClauses.list();
    const prefill = (id: string) =>
      clauses.items.find(c => c.id === id)?.prefilled;
    expect(prefill('4.2')).toEqual({
      status: 'partial',
      reason:
        '1 interested party of 5 without a requirement: Model and cloud suppliers',
    });
    expect(prefill('4.3')?.status).toBe('implemented');
  });

  it('maps the roles to the demo’s groups and users, leaving the risk owners unassigned', async () => {
    const roles = await suite.services.aimsRoles.get();
    expect(roles.defined).toBe(true);
    expect(await suite.services.aimsRoles.holdersOf('top-management')).toEqual([
      'group:default/executive-committee',
    ]);
    expect(await suite.services.aimsRoles.holdersOf('risk-owner')).toEqual([]);
    expect(
      await suite.services.aimsRoles.holds(
        'user:default/olivia.grant',
        'top-management',
      ),
    ).toBe(true);
    expect(
      await suite.services.aimsRoles.holds(
        'user:default/guest',
        'governance-office',
      ),
    ).toBe(true);
    expect(
      await suite.services.aimsRoles.holds(
        'user:default/guest',
        'internal-auditor',
      ),
    ).toBe(false);
  });
});
