export * from './questions';
export * from './applicationDates';
export {
  CLASSIFICATION_ANSWER_FIELDS,
  classifyAiSystem,
  isClassificationAnswers,
  type AiSystemClassification,
} from './classify';
