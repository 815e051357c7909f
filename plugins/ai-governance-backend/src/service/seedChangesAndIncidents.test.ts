import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite } from '../__testUtils__/demoSeed';
import { DEFAULT_TASK_SCHEDULE } from './reviewSchedule';

jest.setTimeout(120_000);

/*
 * What the demo's governance records tell once loaded, on each database:
 * the underwriting model's change and its revalidation, dates relative to
 * the load, the tasks the scheduled job opens, and the incidents and
 * nonconformities of the story. Loading them is in seed.test.ts.
 */

// The demo's story is told as of this day.
const clock = () => new Date('2026-11-27T12:00:00.000Z');

describeOnEachDatabase('the demo governance records on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });

  // Loaded as after the first catalog sync: the systems known, with a
  // change baseline.
  beforeAll(async () => {
    await suite.addDemoSystems();
    await suite.recordChangeBaseline();
    await suite.seed();
  });

  it('record the underwriting model moving on from the version its records were kept for, with its revalidation', async () => {
    const ref = 'aisystem:default/life-health-underwriting';
    const { items: changes } = await suite.services.changes.list(ref, {
      limit: 10,
    });
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
    const { items: tasks } = await suite.services.tasks.listForEntity(ref, {
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
    expect(await suite.db.count('entity_changes')).toBe(1);
  });

  it('date an acceptance written as today+18 eighteen days after the day it loads', async () => {
    const accepted = await suite.db
      .knex('risks')
      .where('entity_ref', 'aisystem:default/card-fraud-detection')
      .whereNotNull('acceptance_expires_at')
      .pluck('acceptance_expires_at');
    expect(accepted).toContain('2026-12-15');
  });

  it('leave the scheduled job overdue reviews and an acceptance about to expire to open', async () => {
    await suite.services.tasks.openScheduled(
      DEFAULT_TASK_SCHEDULE,
      'group:default/ai-governance-office',
    );
    const open = async (name: string) =>
      (
        await suite.services.tasks.listForEntity(`aisystem:default/${name}`, {
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
        await suite.services.incidents.listForEntity(
          `aisystem:default/${name}`,
          {
            limit: 10,
          },
        )
      ).items;
    const [closed] = await incidentsOf('card-fraud-detection');
    expect(closed).toMatchObject({ status: 'closed', serious: false });
    const { items: ncs } = await suite.services.nonconformities.listForEntity(
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
        await suite.services.incidents.listForEntity(
          `aisystem:default/${name}`,
          {
            limit: 10,
          },
        )
      ).items;
      const entries = await suite.services.incidents.entries(incident.id);
      const times = entries.map(e => Date.parse(e.createdAt));
      // Comments, then each status step: triaged before investigating.
      expect(entries.length).toBeGreaterThan(2);
      expect(times[0]).toBeGreaterThan(Date.parse(incident.awareAt));
      times.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(times[i]));
      expect(times[times.length - 1]).toBeLessThanOrEqual(clock().getTime());
    }
    const [serious] = (
      await suite.services.incidents.listForEntity(
        'aisystem:default/retail-credit-scoring',
        { limit: 10 },
      )
    ).items;
    // Aware at 09:00 the day before: a comment, triage and investigation an hour apart.
    expect(
      (await suite.services.incidents.entries(serious.id)).map(e => [
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
    const { items } = await suite.services.nonconformities.listForEntity(
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
});
