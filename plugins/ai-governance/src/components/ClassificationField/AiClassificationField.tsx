import { useEffect, useMemo, useRef } from 'react';
import {
  type Assessment,
  type ClassificationAnswers,
  classifyAiSystem,
} from '@aigov/plugin-ai-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Alert from '@material-ui/lab/Alert';
import { ClassificationQuestions } from '../Assessments/ClassificationForm';
import { ClassificationOutcome } from '../Assessments/ClassificationOutcome';
import { toClassificationAnswers } from '../Assessments/classification';
import {
  type AiClassificationUiOptions,
  DEFAULT_AI_CLASSIFICATION_UI_OPTIONS,
  defaultAnswers,
} from './schema';
import { prohibitedMessage } from './validation';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The form data to write before the user changes anything, if any: the
 * defaults when empty, missing answers filled in otherwise. Values already
 * there are kept even if malformed, so validation can name them.
 */
function completed(formData: unknown): ClassificationAnswers | undefined {
  if (formData === undefined || formData === null) return defaultAnswers();
  if (!isPlainObject(formData)) return undefined;
  const defaults = defaultAnswers();
  const missing = Object.keys(defaults).some(k => !(k in formData));
  return missing
    ? ({ ...defaults, ...formData } as ClassificationAnswers)
    : undefined;
}

/**
 * Scaffolder field: the EU AI Act classification questionnaire, with the
 * tier, reasons and obligations updating as it is answered. Its value is a
 * complete `ClassificationAnswers` object.
 * @public
 */
export function AiClassificationField(
  props: FieldExtensionComponentProps<
    ClassificationAnswers,
    AiClassificationUiOptions
  >,
) {
  const { formData, onChange, schema, uiSchema, idSchema } = props;
  const id = idSchema?.$id ?? 'root';
  const showObligations =
    uiSchema?.['ui:options']?.showObligations ??
    DEFAULT_AI_CLASSIFICATION_UI_OPTIONS.showObligations;

  // The template receives only what is in the form data, and the scaffolder
  // validates only fields present there; untouched defaults must be written.
  const written = useRef(false);
  useEffect(() => {
    if (written.current) return;
    written.current = true;
    const value = completed(formData);
    if (value) onChange(value);
  }, [formData, onChange]);

  const answers = useMemo(
    () =>
      toClassificationAnswers(
        isPlainObject(formData)
          ? (formData as unknown as Assessment['answers'])
          : undefined,
      ),
    [formData],
  );
  // Normalised answers always classify; malformed input is validation's job.
  const result = useMemo(() => classifyAiSystem(answers), [answers]);
  const descriptionId = `${id}-description`;

  return (
    <FormControl
      component="fieldset"
      fullWidth
      required={props.required}
      error={(props.rawErrors?.length ?? 0) > 0}
      aria-describedby={schema.description ? descriptionId : undefined}
    >
      <FormLabel component="legend">
        {schema.title ?? 'EU AI Act classification'}
      </FormLabel>
      {schema.description && (
        <FormHelperText id={descriptionId}>{schema.description}</FormHelperText>
      )}
      <ClassificationQuestions
        value={answers}
        onChange={onChange}
        readOnly={props.disabled || props.readonly}
        idPrefix={`${id}-`}
      />
      <ClassificationOutcome
        id={`${id}-outcome`}
        label="Resulting tier"
        result={result}
        showObligations={showObligations}
        notice={
          result.tier === 'prohibited' && (
            // Inside the live region already; a second, assertive role would
            // announce the same text twice.
            <Alert severity="error" role="presentation">
              {prohibitedMessage(answers.prohibitedPractices)}
            </Alert>
          )
        }
        footnote="A first reading to guide onboarding, not legal advice; the governance office reviews the classification."
      />
    </FormControl>
  );
}
