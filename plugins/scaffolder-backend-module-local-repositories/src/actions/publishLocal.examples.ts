import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action reference. */
export const examples: TemplateExample[] = [
  {
    description:
      'Publish the whole workspace as a repository named after the new entity',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish-local',
          action: 'publish:local',
          name: 'Publish to the local demo repository',
          input: {
            repoName: '${{ parameters.name }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Publish one folder of the workspace, then register its catalog file',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish-local',
          action: 'publish:local',
          input: {
            repoName: 'loan-document-assistant',
            sourcePath: 'ai-system',
          },
        },
        {
          id: 'register',
          action: 'catalog:register',
          input: {
            catalogInfoUrl:
              '${{ steps["publish-local"].output.repoContentsUrl }}/catalog-info.yaml',
          },
        },
      ],
    }),
  },
];
