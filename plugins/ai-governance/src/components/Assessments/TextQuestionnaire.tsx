import TextField from '@material-ui/core/TextField';
import type { TextQuestion } from './questions';

/** Free-text questions, one labelled field each, keyed by answer field name. */
export function TextQuestionnaire(props: {
  questions: TextQuestion[];
  value: Record<string, string>;
  onChange: (value: Record<string, string>) => void;
  readOnly: boolean;
}) {
  const { questions, value, readOnly } = props;
  return (
    <>
      {questions.map(q => (
        <TextField
          key={q.key}
          id={`answer-${q.key}`}
          name={q.key}
          label={q.label}
          helperText={q.help}
          value={value[q.key] ?? ''}
          onChange={e => props.onChange({ ...value, [q.key]: e.target.value })}
          type={q.type ?? 'text'}
          multiline={!q.type}
          minRows={q.type ? undefined : 3}
          InputLabelProps={q.type ? { shrink: true } : undefined}
          InputProps={{ readOnly }}
          disabled={readOnly}
          fullWidth
          margin="normal"
        />
      ))}
    </>
  );
}

/** Reads stored answers as strings, so an old or partial draft still loads. */
export function toTextAnswers(
  questions: TextQuestion[],
  answers: Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of questions) {
    const v = answers[q.key];
    out[q.key] = typeof v === 'string' ? v : '';
  }
  return out;
}
