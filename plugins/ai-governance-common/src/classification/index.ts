export * from './questions';
export * from './applicationDates';
export {
  classifyAiSystem,
  isClassificationAnswers,
  type AiSystemClassification,
} from './classify';
