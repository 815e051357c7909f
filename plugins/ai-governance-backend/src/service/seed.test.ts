import { mockServices } from '@backstage/backend-test-utils';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import yaml from 'js-yaml';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSystems, seedFile } from '../__testUtils__/demoSeed';
import type { GovernanceServices } from './routes/context';
import { createGovernanceServices } from './services';
import { snapshotOf } from './entities';
import { changeSnapshotOf, originOf } from './changes';
import { resolveRelativeDates, seedFromFile } from './seed';
import { DEFAULT_TASK_SCHEDULE } from './reviewSchedule';

jest.setTimeout(120_000);

const systems = demoSystems;
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
      clock,
    });
    expect(result.seeded).toEqual([]);
    expect(result.skipped).toHaveLength(6);
  });

  it('load once, spread the six systems across every level, and change nothing the second time', async () => {
    // As the first catalog sync leaves them: known, with a change baseline.
    for (const entity of systems)
      await services.entityStore.upsertEntity(snapshotOf(entity));
    await services.changes.detect(
      systems.map(entity => ({
        entityRef: snapshotOf(entity).entityRef,
        snapshot: changeSnapshotOf(entity, () => false),
        origin: originOf(entity),
      })),
    );
    const first = await seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
      clock,
    });
    expect(first.seeded).toHaveLength(6);
    const events = await db.count('history');

    const again = await seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
      clock,
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
      // Silver records, held at bronze by an overdue revalidation.
      'life-health-underwriting': 'bronze',
      'retail-credit-scoring': 'bronze',
      'customer-support-assistant': 'bronze',
      'candidate-screening': 'none',
    });
    expect(await services.historyStore.verify()).toEqual({
      ok: true,
      checked: events,
    });
  });

  it("record the management system's clause assessments once, mid-way, beside what the records show", async () => {
    const { items, readiness } = await services.aimsClauses.list();
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
    await services.aimsClauses.put(
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
    const events = await db.count('history');
    await seedFromFile({
      file: seedFile,
      services,
      logger: mockServices.logger.mock(),
      clock,
    });
    expect(await db.count('history')).toBe(events);
    expect((await services.aimsClauses.get('5.2')).status).toBe('partial');
  });

  it('record the underwriting model moving on from the version its records were kept for, with its revalidation', async () => {
    const ref = 'aisystem:default/life-health-underwriting';
    const { items: changes } = await services.changes.list(ref, { limit: 10 });
    expect(changes.map(c => c.detectedAt)).toEqual([
      '2026-10-18T09:00:00.000Z',
    ]);
    expect(
      changes.map(c => ({ field: c.field, before: c.before, after: c.after })),
    ).toEqual([
      {
        field: 'spec.models[underwriting-risk].version',
        before: '3.1.0',
        after: '3.2.0',
      },
    ]);
    const { items: tasks } = await services.tasks.listForEntity(ref, {
      limit: 10,
    });
    expect(
      tasks.map(t => ({ kind: t.kind, status: t.status, dueAt: t.dueAt })),
    ).toEqual(
      expect.arrayContaining([
        // Forty days ago, due thirty days after.
        { kind: 'revalidation', status: 'open', dueAt: '2026-11-17' },
        { kind: 'reassessment', status: 'open', dueAt: '2026-11-17' },
      ]),
    );
    // No other system's records said anything about earlier models.
    expect(await db.count('entity_changes')).toBe(1);
  });

  it('date an acceptance written as today+18 eighteen days after the day it loads', async () => {
    const accepted = await db
      .knex('risks')
      .where('entity_ref', 'aisystem:default/card-fraud-detection')
      .whereNotNull('acceptance_expires_at')
      .pluck('acceptance_expires_at');
    expect(accepted).toContain('2026-12-15');
  });

  it('leave the scheduled job overdue reviews and an acceptance about to expire to open', async () => {
    await services.tasks.openScheduled(
      DEFAULT_TASK_SCHEDULE,
      'group:default/ai-governance-office',
    );
    const open = async (name: string) =>
      (
        await services.tasks.listForEntity(`aisystem:default/${name}`, {
          limit: 50,
        })
      ).items
        .filter(t => t.status === 'open')
        .map(t => `${t.kind} ${t.dueAt}`)
        .sort();
    // Due 30 and 90 days after the seeded reviews; the risk review, 90
    // days after hers, is not due yet.
    expect(await open('retail-credit-scoring')).toEqual(
      expect.arrayContaining([
        'bias-review 2026-11-20',
        'drift-review 2026-11-16',
        'risk-review 2026-12-27',
      ]),
    );
    expect(await open('card-fraud-detection')).toContain(
      'acceptance-expiry 2026-12-15',
    );
  });

  it('tell an incident story on two systems: one closed with a verified fix, one serious with its report due', async () => {
    const incidentsOf = async (name: string) =>
      (
        await services.incidents.listForEntity(`aisystem:default/${name}`, {
          limit: 10,
        })
      ).items;
    const [closed] = await incidentsOf('card-fraud-detection');
    expect(closed).toMatchObject({ status: 'closed', serious: false });
    const { items: ncs } = await services.nonconformities.listForEntity(
      'aisystem:default/card-fraud-detection',
      { limit: 10 },
    );
    expect(ncs).toEqual([
      expect.objectContaining({
        status: 'closed',
        source: 'incident',
        sourceId: closed.id,
        effectivenessReview: expect.objectContaining({
          result: 'effective',
          reviewer: 'user:default/james.whitfield',
        }),
      }),
    ]);
    const [serious] = await incidentsOf('retail-credit-scoring');
    expect(serious).toMatchObject({
      status: 'investigating',
      serious: true,
      seriousCategory: 'widespread-infringement',
      // Aware the day before the load at 09:00, two days to report.
      awareAt: '2026-11-26T09:00:00.000Z',
      reportDueAt: '2026-11-28T09:00:00.000Z',
      art73Applies: true,
    });
  });

  it('date each incident’s timeline after its awareness, in order and not in the future', async () => {
    for (const name of ['card-fraud-detection', 'retail-credit-scoring']) {
      const [incident] = (
        await services.incidents.listForEntity(`aisystem:default/${name}`, {
          limit: 10,
        })
      ).items;
      const entries = await services.incidents.entries(incident.id);
      const times = entries.map(e => Date.parse(e.createdAt));
      // Comments, then each status step: triaged before investigating.
      expect(entries.length).toBeGreaterThan(2);
      expect(times[0]).toBeGreaterThan(Date.parse(incident.awareAt));
      times.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(times[i]));
      expect(times[times.length - 1]).toBeLessThanOrEqual(clock().getTime());
    }
    const [serious] = (
      await services.incidents.listForEntity(
        'aisystem:default/retail-credit-scoring',
        { limit: 10 },
      )
    ).items;
    // Aware at 09:00 the day before: a comment, triage and investigation an hour apart.
    expect(
      (await services.incidents.entries(serious.id)).map(e => [
        e.createdAt,
        e.toStatus,
      ]),
    ).toEqual([
      ['2026-11-26T10:00:00.000Z', null],
      ['2026-11-26T11:00:00.000Z', 'triaged'],
      ['2026-11-26T12:00:00.000Z', 'investigating'],
    ]);
  });

  it('record an internal audit finding on the support assistant: open, its corrective action under way and not yet due', async () => {
    const { items } = await services.nonconformities.listForEntity(
      'aisystem:default/customer-support-assistant',
      { limit: 10 },
    );
    expect(items).toEqual([
      expect.objectContaining({
        status: 'open',
        source: 'internal-audit',
        sourceId: 'IA-2026-04 finding 3',
        createdBy: 'user:default/chloe.dubois',
        effectivenessReview: null,
        correctiveActions: [
          expect.objectContaining({
            owner: 'user:default/mateo.rossi',
            status: 'in-progress',
            // Sixteen days after the load.
            dueDate: '2026-12-13',
          }),
        ],
      }),
    ]);
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
      seedFromFile({ file, services, logger: mockServices.logger.mock() }),
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
