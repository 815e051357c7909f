import type { AssessmentType } from '@aigov/plugin-ai-governance-common';
import type { Answers } from './answers';
import { ClassificationForm } from './ClassificationForm';
import {
  type StoredClassificationResult,
  toClassificationAnswers,
} from './classification';
import { IMPACT_QUESTIONS, RISK_QUESTIONS } from './questions';
import { TextQuestionnaire, toTextAnswers } from './TextQuestionnaire';

/** The form that fits the assessment type. */
export function Questionnaire(props: {
  type: AssessmentType;
  answers: Answers;
  onChange: (answers: Answers) => void;
  readOnly: boolean;
  /** A classification's recorded result, shown instead of the live one. */
  recorded?: StoredClassificationResult;
}) {
  const { type, answers, onChange, readOnly } = props;
  if (type === 'eu-ai-act-classification') {
    return (
      <ClassificationForm
        value={toClassificationAnswers(answers)}
        onChange={v => onChange({ ...v } as unknown as Answers)}
        readOnly={readOnly}
        recorded={props.recorded}
      />
    );
  }
  const questions = type === 'impact' ? IMPACT_QUESTIONS : RISK_QUESTIONS;
  return (
    <TextQuestionnaire
      questions={questions}
      value={toTextAnswers(questions, answers)}
      onChange={onChange}
      readOnly={readOnly}
    />
  );
}
