import path from 'node:path';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { LocalRepositories } from '@aigov/plugin-local-repositories-node';
import Router from 'express-promise-router';

/**
 * Serves published repositories read-only, like a public git host's raw
 * files: a folder lists its files, a file comes back as text. Off (every
 * request is a 404) unless `localRepositories.root` is set.
 * @public
 */
export const localRepositoriesPlugin = createBackendPlugin({
  pluginId: 'local-repositories',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, httpRouter }) {
        const repos = LocalRepositories.fromConfig(config);
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
