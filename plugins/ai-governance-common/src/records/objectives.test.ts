import {
  objectiveCreateSchema,
  objectiveStatus,
  objectiveTargetProblem,
} from './objectives';

const atMostZero = { value: 0, direction: 'at-most' as const };
const atLeast80 = { value: 80, direction: 'at-least' as const };

describe('objectiveStatus', () => {
  const today = '2026-12-07';

  it('is met once the value reaches the target, whatever the date', () => {
    expect(
      objectiveStatus({
        value: 0,
        target: atMostZero,
        dueDate: '2026-01-01',
        today,
        trend: [],
      }),
    ).toEqual({ status: 'met', reason: '0 reaches the target of at most 0' });
  });

  it('is missed when the due date passed without reaching it', () => {
    expect(
      objectiveStatus({
        value: 2,
        target: atMostZero,
        dueDate: '2026-11-30',
        today,
        trend: [],
      }),
    ).toEqual({
      status: 'missed',
      reason: 'Due on 2026-11-30: 2, short of at most 0',
    });
  });

  it('is on track when the pace of the last 30 days reaches the target by the due date, at risk when not', () => {
    const trend = [
      { day: '2026-10-01', value: 0 },
      { day: '2026-11-07', value: 40 },
      { day: '2026-11-27', value: 55 },
    ];
    // 40 → 60 in 30 days: 20 more by 2027-01-06 reaches 80.
    expect(
      objectiveStatus({
        value: 60,
        target: atLeast80,
        dueDate: '2027-01-06',
        today,
        trend,
      }).status,
    ).toBe('on-track');
    const late = objectiveStatus({
      value: 60,
      target: atLeast80,
      dueDate: '2026-12-27',
      today,
      trend,
    });
    expect(late).toEqual({
      status: 'at-risk',
      reason:
        'At the pace of the last 30 days it would be 73.3 on 2026-12-27, short of at least 80',
    });
  });

  it('is on track without an earlier snapshot, and at risk without a value', () => {
    expect(
      objectiveStatus({
        value: 3,
        target: atMostZero,
        dueDate: '2027-01-01',
        today,
        trend: [{ day: today, value: 3 }],
      }).status,
    ).toBe('on-track');
    expect(
      objectiveStatus({
        value: null,
        target: atLeast80,
        dueDate: '2027-01-01',
        today,
        trend: [],
      }),
    ).toEqual({ status: 'at-risk', reason: 'The measure has no value yet' });
  });
});

describe('objective targets', () => {
  it('keeps percentages to 0–100 and counts to whole numbers', () => {
    expect(
      objectiveTargetProblem('clause-readiness', { ...atLeast80, value: 101 }),
    ).toMatch(/percentage/);
    expect(
      objectiveTargetProblem('overdue-tasks', { ...atMostZero, value: 0.5 }),
    ).toMatch(/whole number/);
    expect(objectiveTargetProblem('overdue-tasks', atMostZero)).toBeUndefined();
  });

  it('names target.value when a new objective does not fit its measure', () => {
    const result = objectiveCreateSchema.safeParse({
      title: 'Ready',
      owner: 'group:default/ai-governance-office',
      measure: 'clause-readiness',
      target: { value: 120, direction: 'at-least' },
      dueDate: '2027-03-31',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(i => i.path.join('.'))).toEqual([
      'target.value',
    ]);
  });
});
