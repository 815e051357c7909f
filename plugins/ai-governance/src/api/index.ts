export * from './AiGovernanceApi';
export * from './AiGovernanceClient';
export * from './IncidentsApi';
export * from './AimsApi';
export * from './AuditsApi';
export * from './ManagementReviewsApi';
export * from './PoliciesApi';
export * from './ReadinessApi';
