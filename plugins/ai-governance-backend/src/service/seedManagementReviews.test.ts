import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite } from '../__testUtils__/demoSeed';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');

describeOnEachDatabase('the demo management reviews on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });

  it('waits for the catalog, so the inputs include every system', async () => {
    await suite.seed();
    expect(await suite.services.managementReviews.list()).toEqual([]);
  });

  it('records a past review with final minutes and one open action, and the next one planned, once', async () => {
    await suite.addDemoSystems();
    await suite.seed();
    await suite.seed();
    const reviews = await suite.services.managementReviews.list();
    expect(
      reviews.map(r => [r.title, r.status, r.plannedAt, r.heldAt]),
    ).toEqual([
      ['Second management review of the AIMS', 'planned', '2026-12-27', null],
      [
        'First management review of the AIMS',
        'closed',
        '2026-04-01',
        '2026-04-01',
      ],
    ]);
    const [next, first] = reviews;
    expect(first.decisions).toHaveLength(3);
    expect(first.actions.map(a => [a.dueAt, a.status])).toEqual([
      ['2026-08-29', 'done'],
      ['2026-06-30', 'done'],
      ['2026-09-28', 'open'],
    ]);
    // Assembled when the demo loaded: the suite has no records of before.
    expect(first.inputs.assembledAt).toBe(first.createdAt);

    // The next review counts from the day the first was held, and shows its open action.
    expect(next.inputs.previousReviewId).toBe(first.id);
    expect(next.inputs.since).toBe('2026-04-01T00:00:00.000Z');
    const previous = next.inputs.sections.find(
      s => s.id === 'previous-actions',
    )!;
    expect(previous.summary).toBe(
      '3 actions from earlier reviews: 2 done, 1 open (1 overdue).',
    );
    expect(previous.items[2].text).toContain(
      'Put the AI policy under a yearly review cycle',
    );
    const audits = next.inputs.sections.find(s => s.id === 'audits')!;
    expect(audits.items[0].text).toContain(
      'IA-2026-04: AI system operation and logging',
    );
    const objectives = next.inputs.sections.find(s => s.id === 'objectives')!;
    expect(objectives.figures[0]).toEqual({ label: 'Objectives', value: 4 });

    expect((await suite.services.aimsClauses.get('9.3')).prefilled).toEqual({
      status: 'implemented',
      reason: expect.stringContaining(
        '"First management review of the AIMS" was held on 2026-04-01',
      ),
    });
  });
});
