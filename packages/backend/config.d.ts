export interface Config {
  /** Settings of the AI governance suite that the demo backend reads. */
  aiGovernance?: {
    /**
     * Entity reference of the group whose members administer the portal and
     * approve governance records (default `group:default/ai-governance-office`).
     */
    governanceOfficeGroup?: string;
  };
}
