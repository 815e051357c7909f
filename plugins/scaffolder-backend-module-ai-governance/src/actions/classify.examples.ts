import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action reference. */
export const examples: TemplateExample[] = [
  {
    description:
      'Classify the use case from the answers of the AiClassificationQuestionnaire field',
    example: yaml.stringify({
      steps: [
        {
          id: 'classify',
          action: 'ai-governance:classify',
          name: 'Classify under the EU AI Act',
          input: {
            name: '${{ parameters.name }}',
            answers: '${{ parameters.classification }}',
          },
        },
      ],
    }),
  },
  {
    description: 'Classify a CV screening tool (Annex III employment: high)',
    example: yaml.stringify({
      steps: [
        {
          id: 'classify',
          action: 'ai-governance:classify',
          input: {
            answers: {
              prohibitedPractices: [],
              annexIIIArea: 'employment',
              productSafetyComponent: false,
              art6Exemption: false,
              profilesNaturalPersons: true,
              transparency: [],
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Classify a bank’s use of a bought credit-scoring service as its deployer (Annex III point 5(b): high, with the Art. 27 impact assessment)',
    example: yaml.stringify({
      steps: [
        {
          id: 'classify',
          action: 'ai-governance:classify',
          input: {
            answers: {
              operatorRoles: ['deployer'],
              publicService: false,
              prohibitedPractices: [],
              annexIIIArea: 'essential-services',
              annexIIIUseCase: '5b',
              productSafetyComponent: false,
              art6Exemption: false,
              profilesNaturalPersons: true,
              transparency: [],
            },
          },
        },
      ],
    }),
  },
];
