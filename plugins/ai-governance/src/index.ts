/**
 * AI governance for Backstage: the AiSystem Governance tab, the AiSystem,
 * Component and Group cards and the org dashboard. This entry point serves
 * apps on the legacy frontend system; new-system apps use `./alpha`.
 *
 * @packageDocumentation
 */

export * from './api';
export * from './plugin';
export { rootRouteRef } from './routes';
export {
  RiskLevelChip,
  ScorecardLevelChip,
  TierChip,
} from './components/shared';
