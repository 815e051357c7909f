export * from './questions';
export * from './applicationDates';
export {
  CLASSIFICATION_ANSWER_FIELDS,
  isClassificationAnswers,
} from './answers';
export { classifyAiSystem, type AiSystemClassification } from './classify';
