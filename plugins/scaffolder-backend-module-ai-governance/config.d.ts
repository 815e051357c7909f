export interface Config {
  aiGovernance?: {
    onboarding?: {
      /**
       * How long `ai-governance:assessment:create` waits for the catalog to
       * have a just-registered AiSystem before it gives up, in seconds.
       * Default 120.
       */
      catalogWaitSeconds?: number;
    };
  };
}
