export interface Config {
  /**
   * For demos and offline development only: where `publish:local` writes
   * generated repositories, which this plugin serves under
   * `/api/local-repositories`. Leave unset in production (everything stays
   * off) and publish with the usual publish:* actions.
   */
  localRepositories?: {
    /** Folder, relative to the backend's working directory. */
    root: string;
  };
}
