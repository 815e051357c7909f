export { GovernanceDashboardPage } from './GovernanceDashboardPage';
