import {
  alice,
  catalogSyncAtStartup,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(60_000);

describeOnEachDatabase('what the scorecards say about why on %s', setup => {
  const { api } = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });

  it('names, on a parent team row, the child teams it rolls up', async () => {
    const res = await api(alice)
      .get('/api/ai-governance/scorecards?groupBy=owner')
      .expect(200);
    const byGroup = Object.fromEntries(
      res.body.items.map((r: any) => [r.groupRef, r]),
    );
    expect(byGroup['group:default/risk'].childGroups).toEqual([
      'group:default/lending',
    ]);
    expect(byGroup['group:default/lending'].childGroups).toEqual([]);
  });

  it('gives each gap for the next level the Governance tab section where it is closed', async () => {
    const res = await api(alice).get(`${CREDIT_PATH}/scorecard`).expect(200);
    expect(res.body.nextLevel).toBe('bronze');
    expect(res.body.missingItems).toEqual([
      { text: 'Get a risk assessment approved', section: 'assessments' },
    ]);
    expect(res.body.missingForNextLevel).toEqual(
      res.body.missingItems.map((i: any) => i.text),
    );
  });
});
