export { AiSystemOverviewCard } from './AiSystemOverviewCard';
export { ComponentAiSystemsCard } from './ComponentAiSystemsCard';
export { GroupScorecardCard } from './GroupScorecardCard';
