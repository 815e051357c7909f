/**
 * For demos and offline development only, not production: the
 * `local-repositories` backend plugin, which serves the repositories that
 * `publish:local` writes read-only under `/api/local-repositories/<name>/`,
 * and the URL reader through which the catalog and TechDocs read them.
 *
 * @packageDocumentation
 */

export { localRepositoriesPlugin as default } from './plugin';
export { localRepositoriesUrlReader } from './urlReader';
