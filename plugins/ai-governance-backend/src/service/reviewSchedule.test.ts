import { ConfigReader } from '@backstage/config';
import { readTaskSchedule } from './reviewConfig';
import {
  DEFAULT_REVIEW_INTERVALS,
  dueReviews,
  expiryCutoff,
} from './reviewSchedule';

const FIRST_SEEN = '2026-01-10T09:00:00.000Z';

const due = (
  tier: string | null,
  reviews: Parameters<typeof dueReviews>[0]['reviews'] = {},
  intervals = DEFAULT_REVIEW_INTERVALS,
) => dueReviews({ tier, intervals, reviews, firstSeenAt: FIRST_SEEN });

const read = (tasks?: object) =>
  readTaskSchedule(new ConfigReader(tasks ? { aiGovernance: { tasks } } : {}));

describe('dueReviews', () => {
  it('schedules each tier its default reviews, from the first sighting', () => {
    expect(due('high')).toEqual([
      { kind: 'risk-review', dueAt: '2026-04-10' },
      { kind: 'bias-review', dueAt: '2026-04-10' },
      { kind: 'drift-review', dueAt: '2026-02-09' },
    ]);
    expect(due('limited')).toEqual([
      { kind: 'risk-review', dueAt: '2026-07-09' },
      { kind: 'bias-review', dueAt: '2026-07-09' },
      { kind: 'drift-review', dueAt: '2026-04-10' },
    ]);
    expect(due('minimal')).toEqual([
      { kind: 'risk-review', dueAt: '2027-01-10' },
    ]);
  });

  it('schedules nothing for a prohibited or unclassified system', () => {
    expect(due('prohibited')).toEqual([]);
    expect(due(null)).toEqual([]);
  });

  it('counts from the last closed review of each kind', () => {
    expect(
      due('high', {
        'risk-review': { open: false, lastClosedAt: '2026-03-01T15:00:00Z' },
        'drift-review': { open: false, lastClosedAt: '2026-03-20T08:00:00Z' },
      }),
    ).toEqual([
      { kind: 'risk-review', dueAt: '2026-05-30' },
      { kind: 'bias-review', dueAt: '2026-04-10' },
      { kind: 'drift-review', dueAt: '2026-04-19' },
    ]);
  });

  it('opens no second review of a kind while one is open', () => {
    expect(
      due('high', {
        'risk-review': { open: true, lastClosedAt: '2026-03-01T15:00:00Z' },
        'bias-review': { open: true },
      }).map(r => r.kind),
    ).toEqual(['drift-review']);
  });

  it('follows configured intervals, 0 turning a review off', () => {
    const { reviews } = read({
      reviews: { high: { driftReview: 7, biasReview: 0 } },
    });
    expect(due('high', {}, reviews)).toEqual([
      { kind: 'risk-review', dueAt: '2026-04-10' },
      { kind: 'drift-review', dueAt: '2026-01-17' },
    ]);
  });
});

describe('readTaskSchedule', () => {
  it('gives the documented defaults unless configured', () => {
    expect(read()).toEqual({
      reviews: DEFAULT_REVIEW_INTERVALS,
      expiryNoticeDays: 30,
    });
    expect(
      read({
        expiryNoticeDays: 14,
        reviews: { minimal: { biasReview: 365 } },
      }),
    ).toEqual({
      reviews: {
        ...DEFAULT_REVIEW_INTERVALS,
        minimal: { 'risk-review': 365, 'bias-review': 365, 'drift-review': 0 },
      },
      expiryNoticeDays: 14,
    });
  });

  it('refuses to start on a bad value, naming its key', () => {
    expect(() => read({ reviews: { high: { riskReview: -1 } } })).toThrow(
      'aiGovernance.tasks.reviews.high.riskReview must be a whole number of days, 0 or more, got -1',
    );
    expect(() => read({ reviews: { limited: { driftReview: 2.5 } } })).toThrow(
      'aiGovernance.tasks.reviews.limited.driftReview must be a whole number of days',
    );
    expect(() => read({ expiryNoticeDays: -5 })).toThrow(
      'aiGovernance.tasks.expiryNoticeDays must be a whole number of days',
    );
    expect(() => read({ reviews: { hihg: { riskReview: 30 } } })).toThrow(
      'aiGovernance.tasks.reviews.hihg is not a setting; use one of high, limited, minimal',
    );
    expect(() => read({ reviews: { high: { riskreview: 30 } } })).toThrow(
      'aiGovernance.tasks.reviews.high.riskreview is not a setting',
    );
  });
});

describe('expiryCutoff', () => {
  it('reaches the notice days ahead, comparable with dates and timestamps', () => {
    const cutoff = expiryCutoff('2026-06-01T12:00:00.000Z', 30);
    expect(cutoff).toBe('2026-07-01T12:00:00.000Z');
    // The stores compare the stored value against the cutoff as text.
    const expiresBy = (value: string) => value <= cutoff;
    expect(expiresBy('2026-07-01')).toBe(true);
    expect(expiresBy('2026-07-02')).toBe(false);
    expect(expiresBy('2026-07-01T12:00:00.000Z')).toBe(true);
    expect(expiresBy('2026-07-01T12:00:01.000Z')).toBe(false);
  });
});
