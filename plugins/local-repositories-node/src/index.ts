/**
 * For demos and offline development only, not production: the repositories
 * that the `publish:local` scaffolder action writes to disk and the
 * local-repositories backend plugin serves.
 *
 * @packageDocumentation
 */

export { LocalRepositories, type RepositoryFile } from './LocalRepositories';
