import { Readable } from 'node:stream';
import path from 'node:path';
import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
  resolveSafeChildPath,
  type RootConfigService,
  type UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ReadUrlResponseFactory,
  urlReaderFactoriesServiceRef,
} from '@backstage/backend-defaults/urlReader';
import { NotModifiedError } from '@backstage/errors';
import {
  createTemplateAction,
  scaffolderActionsExtensionPoint,
} from '@backstage/plugin-scaffolder-node';
import Router from 'express-promise-router';
import { LocalRepositories } from './LocalRepositories';

/*
 * The offline demo's publishing target (see LocalRepositories). Everything
 * here is off unless `localRepositories.root` is set, as it is in
 * app-config.yaml and not in app-config.production.yaml.
 */

function repositoriesFrom(config: RootConfigService) {
  const root = config.getOptionalString('localRepositories.root');
  if (!root) return undefined;
  return new LocalRepositories(
    path.resolve(root),
    `${config.getString('backend.baseUrl')}/api/local-repositories`,
  );
}

/** Lets the catalog and TechDocs read published repositories from disk. */
export const localRepositoriesUrlReader = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return ({ config, treeResponseFactory }) => {
      const repos = repositoriesFrom(config);
      if (!repos) return [];
      const reader: UrlReaderService = {
        async readUrl(url, options) {
          const { name, subpath } = repos.parseUrl(url)!;
          const data = await repos.readFile(name, subpath);
          const etag = LocalRepositories.etagOf([{ path: subpath, data }]);
          if (options?.etag === etag) throw new NotModifiedError();
          return ReadUrlResponseFactory.fromReadable(Readable.from(data), {
            etag,
          });
        },
        async readTree(url, options) {
          const { name, subpath } = repos.parseUrl(url)!;
          const files = (await repos.files(name, subpath)).filter(
            f => !options?.filter || options.filter(f.path, { size: f.size }),
          );
          const contents = await Promise.all(
            files.map(async f => ({
              path: f.path,
              data: await repos.readFile(
                name,
                path.posix.join(subpath, f.path),
              ),
              lastModifiedAt: f.modifiedAt,
            })),
          );
          const etag = LocalRepositories.etagOf(contents);
          if (options?.etag === etag) throw new NotModifiedError();
          const response = await treeResponseFactory.fromReadableArray(
            contents.map(c => ({
              path: c.path,
              data: Readable.from(c.data),
              lastModifiedAt: c.lastModifiedAt,
            })),
          );
          return { ...response, etag };
        },
        async search(url) {
          const { name, subpath } = repos.parseUrl(url)!;
          const data = await repos.readFile(name, subpath).catch(() => null);
          if (!data) return { files: [], etag: '' };
          return {
            etag: LocalRepositories.etagOf([{ path: subpath, data }]),
            files: [
              { url, content: async () => data, lastModifiedAt: undefined },
            ],
          };
        },
      };
      return [
        {
          predicate: (url: URL) => repos.parseUrl(url.href) !== undefined,
          reader,
        },
      ];
    };
  },
});

/** Serves published repositories read-only, like a public git host's raw files. */
export const localRepositoriesPlugin = createBackendPlugin({
  pluginId: 'local-repositories',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, httpRouter }) {
        const repos = repositoriesFrom(config);
        const router = Router();
        router.get('/:name/*', async (req, res) => {
          if (!repos) {
            res.status(404).end();
            return;
          }
          const name = LocalRepositories.checkName(req.params.name);
          const subpath = (req.params as Record<string, string>)[0] ?? '';
          if (!subpath || subpath.endsWith('/')) {
            const files = await repos.files(name, subpath);
            res.json({ files: files.map(f => f.path) });
            return;
          }
          res
            .type(
              path.extname(subpath) === '.md' ? 'text/markdown' : 'text/plain',
            )
            .send(await repos.readFile(name, subpath));
        });
        httpRouter.use(router);
        // Generated repositories hold no secrets; the catalog's URL reader and
        // people's browsers read them without a Backstage token.
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});

/** Adds publish:local, the offline demo's publishing target, to the scaffolder. */
export const localRepositoriesScaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'local-repositories',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, config }) {
        const repos = repositoriesFrom(config);
        if (!repos) return;
        scaffolder.addActions(
          createTemplateAction({
            id: 'publish:local',
            description:
              'Offline demo only: publishes the workspace as a repository on the portal host (localRepositories.root), readable by the catalog and TechDocs. Use publish:github, publish:gitlab … in production.',
            schema: {
              input: {
                repoName: z =>
                  z.string().describe('Name of the repository to create'),
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
              const { url, dir } = await repos.publish(
                ctx.input.repoName,
                source,
                ctx.task.id,
              );
              ctx.logger.info(`Published ${ctx.input.repoName} to ${dir}`);
              ctx.output('remoteUrl', url);
              ctx.output('repoContentsUrl', url);
            },
          }),
        );
      },
    });
  },
});
