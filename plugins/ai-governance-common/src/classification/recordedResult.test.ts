import { classifyAiSystem } from './classify';
import { recordedClassification } from './recordedResult';
import { DEFAULT_CLASSIFICATION_ANSWERS } from './questions';

describe('recordedClassification', () => {
  it('keeps everything the classification says except the application dates', () => {
    const classification = classifyAiSystem({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      operatorRoles: ['deployer'],
      publicService: true,
      annexIIIArea: 'essential-services',
      annexIIIUseCase: '5a',
    });
    expect(classification.applicationDates.length).toBeGreaterThan(0);
    const { applicationDates: _dates, ...rest } = classification;
    expect(recordedClassification(classification)).toEqual(rest);
    expect(recordedClassification(classification)).toMatchObject({
      roles: ['deployer'],
      fundamentalRightsImpactAssessment: true,
    });
  });
});
