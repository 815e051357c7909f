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
];
