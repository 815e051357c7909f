export interface Config {
  /** Settings of the AI governance suite that the demo backend reads. */
  aiGovernance?: {
    /**
     * Entity reference of the group whose members administer the portal and
     * approve governance records (default `group:default/ai-governance-office`).
     */
    governanceOfficeGroup?: string;
  };
  /**
   * The offline demo's publishing target: folder (relative to the backend's
   * working directory) where `publish:local` writes generated repositories.
   * Leave unset in production and publish with the usual publish:* actions.
   */
  localRepositories?: {
    root: string;
  };
}
