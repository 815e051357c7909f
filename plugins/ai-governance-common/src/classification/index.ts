export * from './questions';
export * from './annexIII';
export * from './applicationDates';
export {
  CLASSIFICATION_ANSWER_FIELDS,
  MAX_ART6_JUSTIFICATION_LENGTH,
  REQUIRED_CLASSIFICATION_ANSWER_FIELDS,
  isClassificationAnswers,
} from './answers';
export { classifyAiSystem, type AiSystemClassification } from './classify';
export {
  recordedClassification,
  type RecordedClassification,
} from './recordedResult';
