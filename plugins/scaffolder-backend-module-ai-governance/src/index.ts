/**
 * Scaffolder actions of the AI governance suite: classify a new AI use case
 * under the EU AI Act and create its governance records.
 *
 * @packageDocumentation
 */

export { scaffolderModuleAiGovernance as default } from './module';
export { createClassifyAction } from './actions/classify';
export {
  createAssessmentCreateAction,
  type AssessmentCreateActionOptions,
} from './actions/assessmentCreate';
