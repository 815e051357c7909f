import { countByTier } from './useCatalogAiSystems';

describe('countByTier', () => {
  it('counts tiers strictest first, unknown values after, missing tiers last', () => {
    expect(
      countByTier([
        { spec: { riskTier: 'high' } },
        { spec: { riskTier: 'high' } },
        { spec: { riskTier: 'experimental' } },
        { spec: {} },
        {},
      ]),
    ).toEqual([
      { tier: 'prohibited', count: 0 },
      { tier: 'high', count: 2 },
      { tier: 'limited', count: 0 },
      { tier: 'minimal', count: 0 },
      { tier: 'experimental', count: 1 },
      { tier: '', count: 2 },
    ]);
  });
});
