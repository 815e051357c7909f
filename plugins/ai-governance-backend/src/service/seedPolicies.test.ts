import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { demoSeedSuite } from '../__testUtils__/demoSeed';

jest.setTimeout(120_000);

const clock = () => new Date('2026-11-27T12:00:00.000Z');
const OLIVIA = 'user:default/olivia.grant';

describeOnEachDatabase('the demo policies and procedures on %s', setup => {
  const suite = demoSeedSuite(setup, { clock });
  const { db } = suite;

  it('records the AI policy with two approved versions, three procedures and the overdue review task, once', async () => {
    await suite.seed();
    await suite.seed();
    const docs = await suite.services.policies.list({});
    expect(
      docs.map(d => [
        d.title,
        d.current?.number ?? null,
        d.latest.status,
        d.nextReviewAt,
        d.reviewTask?.dueAt ?? null,
      ]),
    ).toEqual([
      ['Acme Bank AI policy', 2, 'approved', '2027-05-20', null],
      [
        'AI incident response procedure',
        1,
        'approved',
        '2026-10-01',
        '2026-10-01',
      ],
      ['AI risk assessment procedure', 1, 'approved', '2027-03-10', null],
      [
        'AI system impact assessment procedure',
        null,
        'in-approval',
        null,
        null,
      ],
    ]);
    const policy = await suite.services.policies.get(docs[0].id);
    expect(
      policy.versions.map(v => [v.number, v.approvedBy, v.approvedAt]),
    ).toEqual([
      [1, OLIVIA, '2025-05-20T09:00:00.000Z'],
      [2, OLIVIA, '2026-05-20T09:00:00.000Z'],
    ]);
    expect(policy.versions[1].content).toMatchObject({ format: 'markdown' });

    const tasks = await db
      .knex('tasks')
      .where({ entity_ref: AIMS_ENTITY_REF, kind: 'document-review' });
    expect(tasks).toHaveLength(1);
    expect(tasks[0].assignee).toBe('group:default/ai-governance-office');

    expect(await suite.services.policies.currentAiPolicy()).toMatchObject({
      title: 'Acme Bank AI policy',
      version: 2,
      reviewOverdue: false,
      link: `/ai-governance/aims/policies?document=${docs[0].id}`,
    });
    expect((await suite.services.aimsClauses.get('5.2')).prefilled).toEqual({
      status: 'implemented',
      reason: expect.stringContaining('"Acme Bank AI policy" (version 2)'),
    });
  });
});
