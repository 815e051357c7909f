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
import { snapshotOf } from './entities';
import type { GovernanceServices } from './routes/context';
import { seedFromFile } from './seed';
import { createGovernanceServices } from './services';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');

/** The demo organisation, with the memberOf relations the catalog derives. */
const org = (
  yaml.loadAll(readFileSync(join(examples, 'org.yaml'), 'utf8')) as Entity[]
)
  .filter(e => e?.kind === 'User' || e?.kind === 'Group')
  .map(e => {
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
  });

describeOnEachDatabase('the demo training records on %s', setup => {
  const db = setup.migratedDatabase();
  let services: GovernanceServices;
  const seed = () =>
    seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
      clock,
    });

  beforeAll(async () => {
    services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock,
      catalog: {
        catalog: catalogServiceMock({ entities: [...org, ...demoSystems] }),
        auth: mockServices.auth(),
      },
    });
    for (const entity of demoSystems)
      await services.entityStore.upsertEntity(snapshotOf(entity));
  });

  it('records most people’s training once, one team clearly behind, and opens the renewals due', async () => {
    await seed();
    await seed();
    const records = await services.training.list({});
    expect(records).toHaveLength(28);
    expect(records.filter(r => r.status === 'expired')).toHaveLength(2);
    expect(records.filter(r => r.status === 'expiring')).toHaveLength(3);

    const { total, teams } = await services.training.coverage();
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

    const clause = (await services.aimsClauses.get('7.2')).prefilled;
    expect(clause).toEqual({
      status: 'partial',
      reason: expect.stringContaining('13 of 17 people (76 %)'),
    });
  });
});
