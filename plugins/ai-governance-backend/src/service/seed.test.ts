import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import yaml from 'js-yaml';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import type { GovernanceServices } from './routes/context';
import { createGovernanceServices } from './services';
import { snapshotOf } from './entities';
import { seedFromFile } from './seed';

jest.setTimeout(120_000);

const examples = resolve(__dirname, '../../../../examples');
const seedFile = join(examples, 'governance-records.yaml');
const systems = (
  yaml.loadAll(
    readFileSync(join(examples, 'ai-systems.yaml'), 'utf8'),
  ) as Entity[]
).filter(e => e?.kind === 'AiSystem');
// The demo's story is told as of this day.
const clock = () => new Date('2026-11-27T12:00:00.000Z');

describeOnEachDatabase('the demo governance records on %s', setup => {
  const db = setup.migratedDatabase();
  let services: GovernanceServices;

  beforeAll(() => {
    services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock,
    });
  });

  it('leave systems the catalog does not have yet for a later run', async () => {
    const result = await seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
    });
    expect(result.seeded).toEqual([]);
    expect(result.skipped).toHaveLength(6);
  });

  it('load once, spread the six systems across every level, and change nothing the second time', async () => {
    for (const entity of systems)
      await services.entityStore.upsertEntity(snapshotOf(entity));
    const first = await seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
    });
    expect(first.seeded).toHaveLength(6);
    const events = await db.count('history');

    const again = await seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
    });
    expect(again.seeded).toEqual([]);
    expect(await db.count('history')).toBe(events);

    const { scorecards } = services;
    const levels: Record<string, string> = {};
    for (const entity of systems) {
      const ref = snapshotOf(entity).entityRef;
      const card = await scorecards.entity(ref);
      const facts = await scorecards.entityFacts(ref);
      expect(facts?.sqlLevel).toBe(card?.level);
      levels[entity.metadata.name] = card!.level;
    }
    expect(levels).toEqual({
      'coding-assistant': 'gold',
      'card-fraud-detection': 'silver',
      'life-health-underwriting': 'silver',
      'retail-credit-scoring': 'bronze',
      'customer-support-assistant': 'bronze',
      'candidate-screening': 'none',
    });
    expect(await services.historyStore.verify()).toEqual({
      ok: true,
      checked: events,
    });
  });

  it('names the entry and field of a record that does not validate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigov-seed-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      yaml.dump({
        systems: [
          {
            entityRef: 'aisystem:default/new-system',
            author: 'user:default/a',
            approver: 'user:default/b',
            risks: [
              {
                title: 'x',
                category: 'c',
                lifecycleStage: 'design',
                likelihood: 9,
                impact: 1,
              },
            ],
          },
        ],
      }),
    );
    await services.entityStore.upsertEntity({
      entityRef: 'aisystem:default/new-system',
      kind: 'aisystem',
      title: null,
      ownerRef: null,
      riskTier: null,
      purpose: null,
      lifecycle: null,
    });
    await expect(
      seedFromFile({ file, services, logger: mockServices.logger.mock() }),
    ).rejects.toThrow(
      /systems\[0\] \(aisystem:default\/new-system\) risks\[0\]: likelihood must be 1 to 5/,
    );
    expect(
      await db.knex('risks').where('entity_ref', 'aisystem:default/new-system'),
    ).toEqual([]);
  });
});
