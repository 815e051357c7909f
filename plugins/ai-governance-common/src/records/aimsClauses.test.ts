import { AIMS_CLAUSES } from '../library/clauses';
import {
  aimsClausePutSchema,
  aimsReadiness,
  effectiveClauseStatus,
  type AimsClauseAssessment,
} from './aimsClauses';
import { fieldProblems } from './fieldProblems';

const unassessed = (): AimsClauseAssessment[] =>
  AIMS_CLAUSES.map(c => ({
    id: c.id,
    title: c.title,
    status: 'not-assessed',
    notes: '',
    owner: null,
    evidenceLinks: [],
  }));

describe('aimsReadiness', () => {
  it('counts only clauses without sub-clauses, a partial one as half', () => {
    const items = unassessed().map(i => {
      if (i.id === '4.1' || i.id === '4.2')
        return { ...i, status: 'implemented' as const, version: 1 };
      if (i.id === '4.3')
        return { ...i, status: 'partial' as const, version: 2 };
      // A parent's own status does not count: its sub-clauses do.
      if (i.id === '6.1')
        return { ...i, status: 'implemented' as const, version: 1 };
      return i;
    });
    const { overall, clauses } = aimsReadiness(items);
    const four = clauses.find(c => c.clauseId === '4')!;
    expect(four).toEqual({
      clauseId: '4',
      counted: 4,
      implemented: 2,
      partial: 1,
      gap: 0,
      notAssessed: 1,
      readiness: 2.5 / 4,
    });
    const six = clauses.find(c => c.clauseId === '6')!;
    // 6.1.1–6.1.4, 6.2, 6.3: 6.1 itself groups them.
    expect(six.counted).toBe(6);
    expect(six.implemented).toBe(0);
    expect(overall.implemented).toBe(2);
    expect(overall.readiness).toBeCloseTo(2.5 / overall.counted);
    expect(clauses.map(c => c.clauseId)).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(clauses.reduce((n, c) => n + c.counted, 0)).toBe(overall.counted);
  });

  it('takes the pre-fill where nobody assessed a clause, and the recorded status over it', () => {
    const items = unassessed().map(i => {
      if (i.id === '6.1.2')
        return {
          ...i,
          prefilled: { status: 'partial' as const, reason: '1 of 2' },
        };
      if (i.id === '6.1.3')
        return {
          ...i,
          status: 'gap' as const,
          version: 1,
          prefilled: { status: 'implemented' as const, reason: '2 of 2' },
        };
      return i;
    });
    expect(effectiveClauseStatus(items.find(i => i.id === '6.1.2')!)).toBe(
      'partial',
    );
    expect(effectiveClauseStatus(items.find(i => i.id === '6.1.3')!)).toBe(
      'gap',
    );
    const six = aimsReadiness(items).clauses.find(c => c.clauseId === '6')!;
    expect(six).toMatchObject({ partial: 1, gap: 1, implemented: 0 });
    expect(six.readiness).toBeCloseTo(0.5 / 6);
  });

  it('is 0 with nothing counted', () => {
    expect(aimsReadiness([]).overall).toMatchObject({
      counted: 0,
      readiness: 0,
    });
  });
});

describe('aimsClausePutSchema', () => {
  it('fills the defaults and names every bad field', () => {
    expect(aimsClausePutSchema.parse({ status: 'gap' })).toEqual({
      status: 'gap',
      notes: '',
      owner: null,
      evidenceLinks: [],
    });
    const result = aimsClausePutSchema.safeParse({
      status: 'done',
      owner: 'team-a',
      evidenceLinks: [{ url: 'ftp://x' }],
    });
    expect(result.success).toBe(false);
    expect(fieldProblems(result.error!).map(p => p.path)).toEqual([
      'status',
      'owner',
      'evidenceLinks[0].url',
    ]);
  });
});
