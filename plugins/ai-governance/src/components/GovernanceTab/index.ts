export { GovernanceTab } from './GovernanceTab';
