import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite } from '../__testUtils__/demoSeed';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');
const SUPPORT = 'aisystem:default/customer-support-assistant';

describeOnEachDatabase('the demo audit programme on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });

  it('waits for the catalog before recording audits of its systems', async () => {
    await suite.seed();
    expect(await suite.services.audits.list({})).toEqual([]);
  });

  it('records a completed audit with three findings and one planned next quarter, once', async () => {
    await suite.addDemoSystems();
    await suite.seed();
    await suite.seed();
    const audits = await suite.services.audits.list({});
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
    const { items } = await suite.services.nonconformities.listForEntity(
      SUPPORT,
      {
        limit: 10,
      },
    );
    expect(items).toHaveLength(1);
    expect(done.findings[2]).toMatchObject({
      entityRef: SUPPORT,
      nonconformityId: items[0].id,
    });
    expect(items[0].sourceId).toBe('IA-2026-04 finding 3');

    const clause = (await suite.services.aimsClauses.get('9.2')).prefilled;
    expect(clause).toEqual({
      status: 'implemented',
      reason: expect.stringContaining('"IA-2026-04: AI system operation'),
    });
  });
});
