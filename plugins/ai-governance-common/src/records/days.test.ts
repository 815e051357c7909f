import { addMonthsToDay } from './days';
import { reviewDueDay } from './policies';
import { trainingExpiryOf } from './training';

describe('addMonthsToDay', () => {
  it('keeps the day of the month where the target month has it', () => {
    expect(addMonthsToDay('2026-06-15', 1)).toBe('2026-07-15');
    expect(addMonthsToDay('2026-11-30', 14)).toBe('2028-01-30');
  });

  it('takes the last day of a shorter month, leap years included', () => {
    expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDay('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDay('2026-03-31', 6)).toBe('2026-09-30');
    expect(addMonthsToDay('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('counts back for negative months, across a year', () => {
    expect(addMonthsToDay('2026-12-07', -12)).toBe('2025-12-07');
    expect(addMonthsToDay('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsToDay('2026-01-15', -2)).toBe('2025-11-15');
  });

  it('reads the day of a timestamp, whatever its time', () => {
    expect(addMonthsToDay('2026-05-20T23:59:59.999Z', 12)).toBe('2027-05-20');
  });

  it('is the rule of review due days and training expiry', () => {
    expect(reviewDueDay('2026-08-31T10:00:00.000Z', 6)).toBe('2027-02-28');
    expect(trainingExpiryOf('2027-01-31', 13)).toBe('2028-02-29');
  });
});
