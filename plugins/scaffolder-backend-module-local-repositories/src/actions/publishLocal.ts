import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { LocalRepositories } from '@aigov/plugin-local-repositories-node';
import { examples } from './publishLocal.examples';

/**
 * `publish:local`: for demos and offline development only, publishes the
 * workspace (or one folder of it) as a repository on the portal host.
 * @public
 */
export function createPublishLocalAction(options: {
  repositories: LocalRepositories;
}) {
  const { repositories } = options;
  return createTemplateAction({
    id: 'publish:local',
    description:
      'Offline demo only: publishes the workspace as a repository on the portal host (localRepositories.root), readable by the catalog and TechDocs. Use publish:github, publish:gitlab … in production.',
    examples,
    schema: {
      input: {
        repoName: z => z.string().describe('Name of the repository to create'),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Folder of the workspace to publish (default: all of it)',
            ),
      },
      output: {
        remoteUrl: z => z.string(),
        repoContentsUrl: z => z.string(),
      },
    },
    async handler(ctx) {
      const source = ctx.input.sourcePath
        ? resolveSafeChildPath(ctx.workspacePath, ctx.input.sourcePath)
        : ctx.workspacePath;
      const { url, dir } = await repositories.publish(
        ctx.input.repoName,
        source,
        ctx.task.id,
      );
      ctx.logger.info(`Published ${ctx.input.repoName} to ${dir}`);
      ctx.output('remoteUrl', url);
      ctx.output('repoContentsUrl', url);
    },
  });
}
