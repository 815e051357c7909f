import {
  assessmentCreateSchema,
  controlPutSchema,
  riskCreateSchema,
} from './schemas';
import { fieldProblems } from './fieldProblems';

const problemsOf = (
  schema: { safeParse: (v: unknown) => any },
  value: unknown,
) => fieldProblems(schema.safeParse(value).error);

const risk = {
  title: 'Drift',
  category: 'robustness',
  lifecycleStage: 'operation',
  likelihood: 3,
  impact: 4,
};

describe('fieldProblems', () => {
  it('says what a wrong type was expected to be and what came', () => {
    expect(
      problemsOf(riskCreateSchema, {
        ...risk,
        title: 5,
        likelihood: '3',
        controlIds: 'A.5.2',
      }),
    ).toEqual([
      { path: 'title', message: 'expected a string, got a number' },
      { path: 'likelihood', message: 'expected a number, got a string' },
      { path: 'controlIds', message: 'expected an array, got a string' },
    ]);
    expect(problemsOf(controlPutSchema, { applicable: 'yes' })).toContainEqual({
      path: 'applicable',
      message: 'expected a boolean, got a string',
    });
    expect(
      problemsOf(assessmentCreateSchema, { type: 'risk', answers: [] }),
    ).toContainEqual({
      path: 'answers',
      message: expect.stringMatching(/^expected an? \w+, got an array$/),
    });
  });

  it('calls only a missing value required', () => {
    const { likelihood: _omitted, ...withoutLikelihood } = risk;
    expect(problemsOf(riskCreateSchema, withoutLikelihood)).toEqual([
      { path: 'likelihood', message: 'is required' },
    ]);
  });

  it('names unknown fields and nested paths', () => {
    expect(
      problemsOf(riskCreateSchema, {
        ...risk,
        colour: 'red',
        controlIds: ['A.5.2', 7],
      }),
    ).toEqual([
      { path: 'controlIds[1]', message: 'expected a string, got a number' },
      { path: 'colour', message: 'is not a known field' },
    ]);
  });
});
