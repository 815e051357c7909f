export * from './AiGovernanceApi';
export * from './AiGovernanceClient';
