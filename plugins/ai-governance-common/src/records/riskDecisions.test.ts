import { riskDecisionSchema } from './riskDecisions';
import { fieldProblems } from './fieldProblems';
import { riskCreateSchema, riskPatchSchema } from './schemas';

const problems = (value: unknown) => {
  const result = riskDecisionSchema.safeParse(value);
  return result.success ? [] : fieldProblems(result.error).map(p => p.path);
};

const risk = {
  title: 'Drift',
  category: 'robustness',
  lifecycleStage: 'operation',
  likelihood: 3,
  impact: 3,
};

describe('proposed risks', () => {
  it('may be created as proposed, but never changed back to proposed', () => {
    expect(riskCreateSchema.parse({ ...risk, status: 'proposed' }).status).toBe(
      'proposed',
    );
    expect(riskCreateSchema.parse(risk).status).toBe('open');
    expect(riskPatchSchema.safeParse({ status: 'proposed' }).success).toBe(
      false,
    );
    expect(riskPatchSchema.safeParse({ status: 'open' }).success).toBe(true);
  });

  it('are confirmed by id, or dismissed with a reason', () => {
    expect(problems({ ids: ['a', 'b'], decision: 'confirm' })).toEqual([]);
    expect(
      problems({ ids: ['a'], decision: 'dismiss', reason: 'not ours' }),
    ).toEqual([]);
    expect(problems({ ids: ['a'], decision: 'dismiss' })).toEqual(['reason']);
    expect(problems({ ids: ['a'], decision: 'dismiss', reason: '  ' })).toEqual(
      ['reason'],
    );
  });

  it('name the field of a bad decision', () => {
    expect(problems({ ids: [], decision: 'confirm' })).toEqual(['ids']);
    expect(problems({ ids: ['a', 'a'], decision: 'confirm' })).toEqual(['ids']);
    expect(problems({ ids: ['a'], decision: 'later' })).toEqual(['decision']);
    expect(problems({ ids: [''], decision: 'confirm' })).toEqual(['ids[0]']);
  });
});
