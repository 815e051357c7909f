import { daysSince } from './format';

describe('daysSince', () => {
  it('counts whole days since a date', () => {
    const now = new Date('2026-03-10T23:30:00Z');
    expect(daysSince('2026-03-10', now)).toBe(0);
    expect(daysSince('2026-03-01', now)).toBe(9);
    expect(daysSince('2026-04-01', now)).toBe(0);
  });
});
