import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action reference. */
export const examples: TemplateExample[] = [
  {
    description:
      'Create the governance records of a new AI system once the catalog has it',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance',
          action: 'ai-governance:assessment:create',
          name: 'Create the risk assessment',
          input: {
            entityRef: 'aisystem:default/${{ parameters.name }}',
            systemType: '${{ parameters.type }}',
            owner: '${{ parameters.owner }}',
            answers: '${{ parameters.classification }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Onboard a vendor AI service: supplier controls apply from the start',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance',
          action: 'ai-governance:assessment:create',
          input: {
            entityRef: 'aisystem:default/vendor-transcription',
            systemType: 'llm-application',
            owner: 'group:default/customer-support',
            answers: '${{ parameters.classification }}',
            sourcing: 'third-party-service',
            supplier: {
              name: 'Example Speech Ltd',
              contractStatus: 'negotiating',
              dataShared: ['call recordings'],
            },
          },
        },
      ],
    }),
  },
];
