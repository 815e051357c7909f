import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSystems, examples, seedFile } from '../__testUtils__/demoSeed';
import type { GovernanceServices } from './routes/context';
import { seedFromFile } from './seed';
import { createGovernanceServices } from './services';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');

const load = (file: string) =>
  (yaml.loadAll(readFileSync(join(examples, file), 'utf8')) as Entity[]).filter(
    Boolean,
  );

/** The demo organisation with the memberOf relations the catalog derives, and its Systems. */
const catalog = [
  ...load('org.yaml').map(e => {
    const memberOf = (e.spec as { memberOf?: string[] }).memberOf ?? [];
    return e.kind === 'User'
      ? {
          ...e,
          relations: memberOf.map(g => ({
            type: 'memberOf',
            targetRef: `group:default/${g}`,
          })),
        }
      : e;
  }),
  ...load('systems.yaml'),
  ...demoSystems,
];

describeOnEachDatabase('the demo scope and roles on %s', setup => {
  const db = setup.migratedDatabase();
  let services: GovernanceServices;
  const seed = () =>
    seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
      clock,
    });

  beforeAll(() => {
    services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock,
      catalog: {
        catalog: catalogServiceMock({ entities: catalog }),
        auth: mockServices.auth(),
      },
    });
  });

  it('records the scope once: five of the six AI systems in scope, the pilot excluded with its justification', async () => {
    await seed();
    await seed();
    const scope = await services.aimsScope.get();
    expect(scope).toMatchObject({ defined: true, version: 1 });
    expect(scope.issues).toHaveLength(5);
    expect(scope.interestedParties.map(p => p.name)).toContain(
      'Retail customers',
    );
    // Dates of the file are relative to the load day.
    expect(scope.interestedParties[0].feedback[0].date).toBe('2026-10-18');
    const inScope = (await services.aimsScope.systemsInScope()).map(
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

    const clauses = await services.aimsClauses.list();
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
    const roles = await services.aimsRoles.get();
    expect(roles.defined).toBe(true);
    expect(await services.aimsRoles.holdersOf('top-management')).toEqual([
      'group:default/executive-committee',
    ]);
    expect(await services.aimsRoles.holdersOf('risk-owner')).toEqual([]);
    expect(
      await services.aimsRoles.holds(
        'user:default/olivia.grant',
        'top-management',
      ),
    ).toBe(true);
    expect(
      await services.aimsRoles.holds('user:default/guest', 'governance-office'),
    ).toBe(true);
    expect(
      await services.aimsRoles.holds('user:default/guest', 'internal-auditor'),
    ).toBe(false);
  });
});
