import { Readable } from 'node:stream';
import path from 'node:path';
import {
  createServiceFactory,
  type UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ReadUrlResponseFactory,
  urlReaderFactoriesServiceRef,
} from '@backstage/backend-defaults/urlReader';
import { NotModifiedError } from '@backstage/errors';
import { LocalRepositories } from '@aigov/plugin-local-repositories-node';

/*
 * A URL reader is a service (every plugin's urlReader is built from the
 * factories of urlReaderFactoriesServiceRef), not part of a plugin, so the
 * backend adds it beside the plugin rather than through a module.
 */

/**
 * Lets the catalog and TechDocs read published repositories from disk.
 * @public
 */
export const localRepositoriesUrlReader = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return ({ config, treeResponseFactory }) => {
      const repos = LocalRepositories.fromConfig(config);
      if (!repos) return [];
      // Only called for URLs the predicate below accepted, so parseUrl finds a repository.
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
          // Set the ETag on the response itself: spreading it into a new
          // object would drop files(), archive() and dir(), its methods.
          return Object.assign(response, { etag });
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
