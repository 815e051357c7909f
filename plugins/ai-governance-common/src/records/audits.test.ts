import {
  auditCreateSchema,
  auditTransitionProblem,
  isNonconformityFinding,
} from './audits';

describe('internal audits', () => {
  it('move planned → in-progress → completed, or to cancelled, and stay final', () => {
    expect(auditTransitionProblem('planned', 'in-progress')).toBeUndefined();
    expect(auditTransitionProblem('in-progress', 'completed')).toBeUndefined();
    expect(auditTransitionProblem('planned', 'cancelled')).toBeUndefined();
    expect(auditTransitionProblem('planned', 'completed')).toContain(
      'not planned → completed',
    );
    expect(auditTransitionProblem('completed', 'in-progress')).toBe(
      'a completed audit stays completed; plan a new one',
    );
  });

  it('open nonconformities from minor and major nonconformity findings only', () => {
    expect(isNonconformityFinding('minor-nonconformity')).toBe(true);
    expect(isNonconformityFinding('major-nonconformity')).toBe(true);
    expect(isNonconformityFinding('observation')).toBe(false);
  });

  it('take scope ids from the clause and control libraries', () => {
    const base = {
      year: 2026,
      title: 'Risk',
      auditors: ['user:default/ada'],
      leadAuditor: 'user:default/ada',
      plannedStart: '2026-12-07',
      plannedEnd: '2026-12-11',
    };
    expect(
      auditCreateSchema.safeParse({
        ...base,
        scope: { clauses: ['9.2'], controls: ['A.6.2.8'] },
      }).success,
    ).toBe(true);
    const bad = auditCreateSchema.safeParse({
      ...base,
      scope: { clauses: ['9.9'], controls: ['A.6.2.8', 'A.6.2.8'] },
    });
    expect(bad.error?.issues.map(i => i.path.join('.'))).toEqual([
      'scope.clauses.0',
      'scope.controls',
    ]);
  });
});
