import { awarenessPrefill, competencePrefill } from './trainingPrefill';

/* Clauses 7.2 and 7.3 pre-filled from training coverage, with the reason. */

const figures = (
  members: number,
  covered: number,
  literacy: [number, number],
  records = true,
) => ({
  records,
  total: {
    members,
    covered,
    percent: members ? Math.round((covered / members) * 100) : null,
    courses: [
      { courseId: 'ai-literacy', required: literacy[0], current: literacy[1] },
    ],
  },
});

describe('the competence and awareness pre-fills', () => {
  it('calls 90 % and more implemented, less partial, none a gap, and says why', () => {
    expect(competencePrefill(figures(20, 18, [20, 19]))).toEqual({
      status: 'implemented',
      reason:
        '18 of 20 people (90 %) hold every course their role needs, unexpired (implemented from 90 %)',
    });
    expect(competencePrefill(figures(20, 15, [20, 19])).status).toBe('partial');
    expect(competencePrefill(figures(20, 0, [20, 0])).status).toBe('gap');
    expect(awarenessPrefill(figures(20, 15, [20, 19]))).toEqual({
      status: 'implemented',
      reason:
        '19 of 20 people (95 %) completed AI literacy training that has not expired (implemented from 90 %)',
    });
    expect(awarenessPrefill(figures(20, 15, [20, 12])).status).toBe('partial');
  });

  it('is a gap without any record, and not assessed with no one to count', () => {
    expect(competencePrefill(figures(4, 0, [4, 0], false))).toEqual({
      status: 'gap',
      reason: 'No training is recorded for any of the 4 people in the catalog',
    });
    expect(competencePrefill(figures(0, 0, [0, 0])).status).toBe(
      'not-assessed',
    );
    expect(awarenessPrefill(figures(0, 0, [0, 0])).status).toBe('not-assessed');
  });
});
