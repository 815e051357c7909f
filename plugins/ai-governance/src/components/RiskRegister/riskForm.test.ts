import { makeRisk } from '../../__testUtils__';
import {
  EMPTY_RISK_FORM,
  formFromRisk,
  unplacedProblems,
  validateCreate,
  validatePatch,
} from './riskForm';

describe('risk form', () => {
  it('leaves blank optional fields out of a new risk', () => {
    const result = validateCreate({
      ...EMPTY_RISK_FORM,
      title: '  Prompt injection ',
      category: 'security',
      lifecycleStage: 'operation',
      likelihood: '4',
      impact: '3',
    });
    expect(result).toEqual({
      ok: true,
      body: {
        title: 'Prompt injection',
        description: '',
        category: 'security',
        lifecycleStage: 'operation',
        likelihood: 4,
        impact: 3,
        treatment: 'mitigate',
        treatmentPlan: '',
        controlIds: [],
        status: 'open',
      },
    });
  });

  it('patches only what changed, and clears optional fields with null', () => {
    const baseline = formFromRisk(
      makeRisk({ owner: 'group:default/a', dueDate: '2030-01-01' }),
    );
    expect(
      validatePatch(baseline, { ...baseline, owner: '', likelihood: '5' }),
    ).toEqual({ ok: true, body: { likelihood: 5, owner: null } });
    expect(validatePatch(baseline, baseline)).toEqual({ ok: true, body: null });
  });

  it('sends the residual pair together', () => {
    const baseline = formFromRisk(
      makeRisk({ residualLikelihood: 2, residualImpact: 2 }),
    );
    expect(
      validatePatch(baseline, { ...baseline, residualImpact: '1' }),
    ).toEqual({ ok: true, body: { residualLikelihood: 2, residualImpact: 1 } });
    expect(
      validatePatch(baseline, { ...baseline, residualImpact: '' }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: 'residualImpact',
          message: 'residual likelihood and impact are set together',
        },
      ],
    });
  });

  it('lists problems no field shows', () => {
    expect(
      unplacedProblems([
        { path: 'controlIds[1]', message: 'x' },
        { path: '<body>', message: 'must change at least one field' },
        { path: 'source', message: 'is too long' },
      ]),
    ).toEqual([
      { path: '<body>', message: 'must change at least one field' },
      { path: 'source', message: 'is too long' },
    ]);
  });
});
