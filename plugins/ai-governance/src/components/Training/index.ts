export { GroupTrainingCoverageCard } from './GroupTrainingCoverageCard';
export { TrainingContent, TrainingPage } from './TrainingPage';
