import { useEffect, useMemo, useRef } from 'react';
import type {
  Assessment,
  ClassificationAnswers,
  OperatorRole,
} from '@aigov/plugin-ai-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Alert from '@material-ui/lab/Alert';
import { ClassificationQuestions } from '../Assessments/ClassificationForm';
import { ClassificationLayout } from '../Assessments/ClassificationLayout';
import { ClassificationOutcome } from '../Assessments/ClassificationOutcome';
import {
  liveClassification,
  toClassificationAnswers,
} from '../Assessments/classification';
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
 * defaults (with the template's default roles) when empty, missing answers
 * filled in otherwise. Values already there are kept even if malformed, so
 * validation can name them.
 */
function completed(
  formData: unknown,
  defaultRoles: readonly OperatorRole[] | undefined,
): ClassificationAnswers | undefined {
  // A form may have filled in empty lists on its own; nothing was answered.
  const fresh =
    formData === undefined ||
    formData === null ||
    (isPlainObject(formData) &&
      Object.values(formData).every(
        v => v === undefined || (Array.isArray(v) && v.length === 0),
      ));
  if (fresh) {
    const roles = defaultRoles?.length ? [...defaultRoles] : undefined;
    return { ...(roles && { operatorRoles: roles }), ...defaultAnswers() };
  }
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
  const defaultRoles = uiSchema?.['ui:options']?.defaultOperatorRoles;

  // The template receives only what is in the form data, and the scaffolder
  // validates only fields present there; untouched defaults must be written.
  const written = useRef(false);
  useEffect(() => {
    if (written.current) return;
    written.current = true;
    const value = completed(formData, defaultRoles);
    if (value) onChange(value);
  }, [formData, onChange, defaultRoles]);

  const answers = useMemo(
    () =>
      toClassificationAnswers(
        isPlainObject(formData)
          ? (formData as unknown as Assessment['answers'])
          : undefined,
      ),
    [formData],
  );
  // Normalised answers always classify, an unfinished derogation left out
  // until complete; malformed input is validation's job.
  const live = useMemo(() => liveClassification(answers), [answers]);
  const { result } = live;
  const descriptionId = `${id}-description`;
  const outcomeId = `${id}-outcome`;

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
      <ClassificationLayout
        id={outcomeId}
        result={result}
        questions={
          <ClassificationQuestions
            value={answers}
            onChange={onChange}
            readOnly={props.disabled || props.readonly}
            idPrefix={`${id}-`}
          />
        }
        outcome={
          <ClassificationOutcome
            id={outcomeId}
            label="Resulting tier"
            result={result}
            pending={live.pending}
            showObligations={showObligations}
            notice={
              result.tier === 'prohibited' && (
                // Inside the live region already; a second, assertive role
                // would announce the same text twice.
                <Alert severity="error" role="presentation">
                  {prohibitedMessage(answers.prohibitedPractices)}
                </Alert>
              )
            }
            footnote="A first reading to guide onboarding, not legal advice; the governance office reviews the classification."
          />
        }
      />
    </FormControl>
  );
}
