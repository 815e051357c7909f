import { countByTier } from './TierDistributionCard';
import { daysSince } from './OverdueTable';
import { fileNameFrom } from './downloadFile';

describe('dashboard helpers', () => {
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

  it('counts whole days since a date', () => {
    const now = new Date('2026-03-10T23:30:00Z');
    expect(daysSince('2026-03-10', now)).toBe(0);
    expect(daysSince('2026-03-01', now)).toBe(9);
    expect(daysSince('2026-04-01', now)).toBe(0);
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameFrom('attachment; filename="soa.csv"')).toBe('soa.csv');
    expect(
      fileNameFrom("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv"),
    ).toBe('résumé.csv');
    expect(fileNameFrom(null)).toBeUndefined();
  });
});
