import { mockServices } from '@backstage/backend-test-utils';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSystems, seedFile } from '../__testUtils__/demoSeed';
import { snapshotOf } from './entities';
import type { GovernanceServices } from './routes/context';
import { seedFromFile } from './seed';
import { createGovernanceServices } from './services';

jest.setTimeout(120_000);

const systems = demoSystems;
const clock = () => new Date('2026-11-27T12:00:00.000Z');
const SUPPORT = 'aisystem:default/customer-support-assistant';

describeOnEachDatabase('the demo audit programme on %s', setup => {
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
    });
  });

  it('waits for the catalog before recording audits of its systems', async () => {
    await seed();
    expect(await services.audits.list({})).toEqual([]);
  });

  it('records a completed audit with three findings and one planned next quarter, once', async () => {
    for (const entity of systems)
      await services.entityStore.upsertEntity(snapshotOf(entity));
    await seed();
    await seed();
    const audits = await services.audits.list({});
    expect(
      audits.map(a => [a.year, a.status, a.plannedStart, a.findings.length]),
    ).toEqual([
      [2026, 'completed', '2026-09-08', 3],
      [2027, 'planned', '2027-01-11', 0],
    ]);
    const [done] = audits;
    expect(done.summary).toContain('one minor nonconformity');
    expect(done.findings.map(f => f.kind)).toEqual([
      'conformity',
      'observation',
      'minor-nonconformity',
    ]);
    // The finding links the nonconformity the file records on the assistant.
    const { items } = await services.nonconformities.listForEntity(SUPPORT, {
      limit: 10,
    });
    expect(items).toHaveLength(1);
    expect(done.findings[2]).toMatchObject({
      entityRef: SUPPORT,
      nonconformityId: items[0].id,
    });
    expect(items[0].sourceId).toBe('IA-2026-04 finding 3');

    const clause = (await services.aimsClauses.get('9.2')).prefilled;
    expect(clause).toEqual({
      status: 'implemented',
      reason: expect.stringContaining('"IA-2026-04: AI system operation'),
    });
  });
});
