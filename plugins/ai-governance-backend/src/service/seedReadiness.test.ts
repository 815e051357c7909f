import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite } from '../__testUtils__/demoSeed';

jest.setTimeout(120_000);

/*
 * Readiness of the demo organisation, mid-way to stage 1: each stage 1
 * item present or missing exactly as examples/governance-records.yaml
 * seeds it, and the stage 2 sample drawn from its systems in scope.
 */

const clock = () => new Date('2026-12-07T12:00:00.000Z');

describeOnEachDatabase('readiness of the demo organisation on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });
  beforeAll(async () => {
    await suite.addDemoSystems();
    await suite.seed();
  });

  it('has each stage 1 item present or missing as the demo seeds it', async () => {
    const { stage1 } = await suite.services.readiness.get({ sampleId: 'demo' });
    const presence = Object.fromEntries(
      stage1.items.map(i => [i.id, i.present]),
    );
    // The demo has its scope, an approved AI policy, objectives, training
    // records, this year's audit programme with a completed audit, a held
    // management review and nonconformities with their corrective actions,
    // and every system in scope risk-assessed; it lacks treatment on time,
    // a decided Statement of Applicability and impact assessments of every
    // high-tier system.
    expect(presence).toEqual({
      scope: true,
      'ai-policy': true,
      objectives: true,
      'risk-assessment-process': true,
      'risk-treatment': false,
      soa: false,
      'impact-assessment-process': false,
      competence: true,
      'audit-programme': true,
      'audit-results': true,
      'management-review': true,
      nonconformities: true,
    });
    expect(stage1.presentCount).toBe(9);
    const why = (id: string) => stage1.items.find(i => i.id === id)!.why;
    expect(why('risk-treatment')).toBe(
      '1 of 5 AI systems in scope have risks recorded and no treatment or control past its due date (10 treatments or controls overdue)',
    );
    expect(why('soa')).toBe(
      '1 of 5 AI systems in scope have every Annex A control decided in their Statement of Applicability',
    );
    expect(why('impact-assessment-process')).toBe(
      '1 of 2 high-tier AI systems in scope have an approved impact assessment',
    );
    // Each item says what the Clauses page says of its clause.
    const { items } = await suite.services.aimsClauses.list();
    for (const item of stage1.items.filter(i => i.id !== 'audit-programme')) {
      expect([item.id, item.why]).toEqual([
        item.id,
        items.find(c => c.id === item.clause)!.prefilled!.reason,
      ]);
    }
  });

  it('draws the stage 2 sample from the demo systems in scope, the same again for its id', async () => {
    const { stage2 } = await suite.services.readiness.get({ sampleId: 'demo' });
    expect(stage2).toMatchObject({ sampleId: 'demo', size: 3, inScope: 5 });
    // Card fraud detection has implemented controls without unexpired evidence.
    const drawn = stage2.systems.map(s => [s.entityRef, s.pass]);
    expect(drawn).toEqual([
      ['aisystem:default/card-fraud-detection', false],
      ['aisystem:default/customer-support-assistant', true],
      ['aisystem:default/coding-assistant', true],
    ]);
    expect(stage2.systems[0].checks[2].why).toBe(
      '30 of 36 applicable controls implemented, 26 with unexpired evidence; without evidence: A.10.4, A.4.5, A.7.6, A.8.3',
    );
    const again = await suite.services.readiness.get({ sampleId: 'demo' });
    expect(again.stage2.systems.map(s => [s.entityRef, s.pass])).toEqual(drawn);
    const all = await suite.services.readiness.get({
      sampleId: 'demo',
      size: 10,
    });
    // Every system in scope; candidate screening is excluded by the scope.
    expect(all.stage2.systems.map(s => s.entityRef).sort()).toEqual([
      'aisystem:default/card-fraud-detection',
      'aisystem:default/coding-assistant',
      'aisystem:default/customer-support-assistant',
      'aisystem:default/life-health-underwriting',
      'aisystem:default/retail-credit-scoring',
    ]);
  });

  it('resolves the systems in scope once per answer, for the pre-fills and the sample alike', async () => {
    const resolve = jest.spyOn(suite.services.aimsScope, 'systemsInScope');
    try {
      const { stage1 } = await suite.services.readiness.get({
        sampleId: 'demo',
      });
      expect(resolve).toHaveBeenCalledTimes(1);
      // The pre-fills counted over those systems: every one of the five in
      // scope has an approved risk assessment.
      expect(
        stage1.items.find(i => i.id === 'risk-assessment-process')?.present,
      ).toBe(true);
    } finally {
      resolve.mockRestore();
    }
  });
});
