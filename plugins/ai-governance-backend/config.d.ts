export interface Config {
  /** Settings of the AI governance suite. */
  aiGovernance?: {
    /**
     * Risk matrix: the lowest score (likelihood × impact, 1–25) of each level.
     * Defaults: low 1, medium 5, high 10, critical 17.
     */
    riskMatrix?: {
      low?: { min: number };
      medium?: { min: number };
      high?: { min: number };
      critical?: { min: number };
    };
    /** Scorecard rules (see the README for the levels). */
    scorecard?: {
      /** Risks at or above this level need an approved treatment for silver. Default high. */
      riskAppetite?: 'low' | 'medium' | 'high' | 'critical';
      /** Minimum control compliance for silver, 0–1. Default 0.8. */
      silverMinCompliance?: number;
      /** Minimum control compliance for gold, 0–1. Default 1. */
      goldMinCompliance?: number;
    };
    evidence?: {
      /** Largest evidence file accepted, in bytes (413 above). Default 10 MiB. */
      maxBytes?: number;
    };
    openapi?: {
      /**
       * Check every answer against the OpenAPI spec and fail the request when
       * it does not conform (development and tests). Default false.
       */
      validateResponses?: boolean;
    };
    catalogSync?: {
      /** How often AI systems and groups are re-read from the catalog. Default 5. */
      frequencyMinutes?: number;
    };
    /**
     * Governance records loaded at start for systems that have none yet
     * (idempotent), e.g. the demo's records. Leave unset in production.
     */
    seed?: {
      /** Path of the YAML file, relative to the backend's working directory. */
      file?: string;
    };
    /** Entity reference of the group whose members administer governance. */
    governanceOfficeGroup?: string;
  };
}
