export { NonconformitiesView } from './NonconformitiesView';
export { NonconformityCard } from './NonconformityCard';
export { NonconformityDialog } from './NonconformityDialog';
