import { fieldProblems } from './fieldProblems';
import {
  managementReviewCreateSchema,
  managementReviewPatchSchema,
  managementReviewTransitionProblem,
} from './managementReviews';

describe('the management review rules in -common', () => {
  it('moves planned → held → closed, one step at a time and never back', () => {
    expect(
      managementReviewTransitionProblem('planned', 'held'),
    ).toBeUndefined();
    expect(managementReviewTransitionProblem('held', 'closed')).toBeUndefined();
    expect(
      managementReviewTransitionProblem('closed', 'closed'),
    ).toBeUndefined();
    expect(managementReviewTransitionProblem('planned', 'closed')).toBe(
      'a management review moves planned → held → closed, not planned → closed',
    );
    expect(managementReviewTransitionProblem('closed', 'held')).toContain(
      'not closed → held',
    );
  });

  it('names the fields of a bad review and of a bad action', () => {
    const created = managementReviewCreateSchema.safeParse({
      title: ' ',
      plannedAt: '2026-02-30',
      chair: 'group:default/board',
      attendees: ['user:default/ada', 'USER:default/ada'],
    });
    expect(created.success).toBe(false);
    expect(fieldProblems(created.error!).map(p => p.path)).toEqual([
      'title',
      'plannedAt',
      'chair',
      'attendees',
    ]);

    const patched = managementReviewPatchSchema.safeParse({
      actions: [
        { description: 'x', owner: 'component:default/x', dueAt: 'soon' },
      ],
    });
    expect(patched.success).toBe(false);
    expect([
      ...new Set(fieldProblems(patched.error!).map(p => p.path)),
    ]).toEqual(['actions[0].owner', 'actions[0].dueAt']);
    expect(managementReviewPatchSchema.safeParse({}).success).toBe(false);
  });
});
