/**
 * For demos and offline development only, not production: the
 * `publish:local` scaffolder action, which publishes a template's workspace
 * as a repository that the local-repositories backend plugin serves.
 *
 * @packageDocumentation
 */

export { scaffolderModuleLocalRepositories as default } from './module';
export { createPublishLocalAction } from './actions/publishLocal';
