import { mockServices } from '@backstage/backend-test-utils';
import yaml from 'js-yaml';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite, demoSystems } from '../__testUtils__/demoSeed';
import { snapshotOf } from './entities';
import { resolveRelativeDates, seedFromFile } from './seed';

jest.setTimeout(120_000);

/*
 * Loading the demo's governance records on each database: once the catalog
 * knows the systems, once only, with the scorecard levels and the clause
 * assessments the demo shows; relative dates; and files that do not
 * validate. What the loaded records tell (changes, tasks, incidents) is in
 * seedChangesAndIncidents.test.ts.
 */

const systems = demoSystems;
// The demo's story is told as of this day.
const clock = () => new Date('2026-11-27T12:00:00.000Z');

describeOnEachDatabase('the demo governance records on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });

  it('leave systems the catalog does not have yet for a later run', async () => {
    const result = await suite.seed();
    expect(result.seeded).toEqual([]);
    expect(result.skipped).toHaveLength(6);
  });

  it('load once, spread the six systems across every level, and change nothing the second time', async () => {
    // As the first catalog sync leaves them: known, with a change baseline.
    await suite.addDemoSystems();
    await suite.recordChangeBaseline();
    const first = await suite.seed();
    expect(first.seeded).toHaveLength(6);
    const events = await suite.db.count('history');

    const again = await suite.seed();
    expect(again.seeded).toEqual([]);
    expect(await suite.db.count('history')).toBe(events);

    const { scorecards } = suite.services;
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
      // Silver records, held at bronze by an overdue revalidation.
      'life-health-underwriting': 'bronze',
      'retail-credit-scoring': 'bronze',
      'customer-support-assistant': 'bronze',
      'candidate-screening': 'none',
    });
    expect(await suite.services.historyStore.verify()).toEqual({
      ok: true,
      checked: events,
    });
  });

  it("record the management system's clause assessments once, mid-way, beside what the records show", async () => {
    const { items, readiness } = await suite.services.aimsClauses.list();
    const byId = new Map(items.map(c => [c.id, c]));
    expect(byId.get('5.2')).toMatchObject({
      status: 'implemented',
      updatedBy: 'user:default/elena.petrova',
      evidenceLinks: [{ title: 'AI policy v1.2' }],
    });
    expect(byId.get('9.2.1')?.status).toBe('gap');
    // Not assessed: the records of the five systems in scope (candidate
    // screening is a pilot) speak for it.
    expect(byId.get('6.1.2')).toMatchObject({
      status: 'not-assessed',
      prefilled: {
        status: 'implemented',
        reason: '5 of 5 AI systems in scope have an approved risk assessment',
      },
    });
    expect(byId.get('6.1.4')?.prefilled).toEqual({
      status: 'partial',
      reason:
        '1 of 2 high-tier AI systems in scope have an approved impact assessment',
    });
    // Visibly mid-way: some clauses met, some partly, some gaps.
    expect(readiness.overall.readiness).toBeGreaterThan(0.2);
    expect(readiness.overall.readiness).toBeLessThan(0.7);

    // An assessment made in the portal since is kept on the next load.
    const policy = byId.get('5.2')!;
    await suite.services.aimsClauses.put(
      '5.2',
      policy.version,
      {
        status: 'partial',
        notes: 'Under review',
        owner: null,
        evidenceLinks: [],
      },
      'user:default/james.whitfield',
    );
    const events = await suite.db.count('history');
    await suite.seed();
    expect(await suite.db.count('history')).toBe(events);
    expect((await suite.services.aimsClauses.get('5.2')).status).toBe(
      'partial',
    );
  });

  it('resolve today, today+N and today-N anywhere in a file, and leave other text alone', () => {
    expect(
      resolveRelativeDates(
        {
          a: 'today',
          b: ['today+3', { c: 'today-27' }],
          d: 'today+x',
          e: 'yesterday',
          f: 4,
          g: 'today-1T09:30Z',
        },
        clock(),
      ),
    ).toEqual({
      a: '2026-11-27',
      b: ['2026-11-30', { c: '2026-10-31' }],
      d: 'today+x',
      e: 'yesterday',
      f: 4,
      g: '2026-11-26T09:30Z',
    });
  });

  it('refuse a nonconformity from an incident outside its incident, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigov-seed-'));
    const file = join(dir, 'loose.yaml');
    writeFileSync(
      file,
      yaml.dump({
        systems: [
          {
            entityRef: 'aisystem:default/coding-assistant',
            author: 'user:default/a',
            approver: 'user:default/b',
            nonconformities: [{ source: 'incident', description: 'x' }],
          },
        ],
      }),
    );
    await expect(
      seedFromFile({
        file,
        services: suite.services,
        logger: mockServices.logger.mock(),
      }),
    ).rejects.toThrow(
      /systems\[0\]\.nonconformities\[0\]\.source must be internal-audit, management-review, monitoring or other; a nonconformity from an incident is listed under its incident/,
    );
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
    await suite.services.entityStore.upsertEntity({
      entityRef: 'aisystem:default/new-system',
      kind: 'aisystem',
      title: null,
      ownerRef: null,
      riskTier: null,
      purpose: null,
      lifecycle: null,
    });
    await expect(
      seedFromFile({
        file,
        services: suite.services,
        logger: mockServices.logger.mock(),
      }),
    ).rejects.toThrow(
      /systems\[0\] \(aisystem:default\/new-system\) risks\[0\]: likelihood must be 1 to 5/,
    );
    expect(
      await suite.db
        .knex('risks')
        .where('entity_ref', 'aisystem:default/new-system'),
    ).toEqual([]);
  });
});
