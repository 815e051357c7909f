import { managementReviewPrefill } from './reviewPrefill';

describe('the 9.3 pre-fill from the management reviews', () => {
  const review = (status: string, date: string) => ({
    title: 'Management review 2026',
    status,
    date,
  });

  it('is implemented by a review held in the last 12 months with final minutes', () => {
    expect(
      managementReviewPrefill({
        lastHeldReview: review('closed', '2026-04-14'),
        plannedReview: null,
      }),
    ).toEqual({
      status: 'implemented',
      reason:
        'The management review "Management review 2026" was held on 2026-04-14, within the last 12 months, and its minutes are final',
    });
  });

  it('is partial while the minutes are a draft, or when a review is only planned', () => {
    expect(
      managementReviewPrefill({
        lastHeldReview: review('held', '2026-04-14'),
        plannedReview: null,
      }),
    ).toMatchObject({
      status: 'partial',
      reason: expect.stringContaining('its minutes are not final yet'),
    });
    expect(
      managementReviewPrefill({
        lastHeldReview: null,
        plannedReview: review('planned', '2027-01-12'),
      }),
    ).toMatchObject({
      status: 'partial',
      reason: expect.stringContaining('is planned for 2027-01-12'),
    });
  });

  it('is a gap with no review held or planned', () => {
    expect(
      managementReviewPrefill({ lastHeldReview: null, plannedReview: null }),
    ).toMatchObject({ status: 'gap' });
  });
});
