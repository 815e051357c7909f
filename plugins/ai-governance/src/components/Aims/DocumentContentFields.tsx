import TextField from '@material-ui/core/TextField';
import { describe } from '../shared';

/** The content fields of a version as a form holds them. */
export interface ContentFields {
  format: 'markdown' | 'techdocs' | 'url';
  markdown: string;
  entityRef: string;
  path: string;
  url: string;
}

/** Empty content fields, Markdown by default. */
export const EMPTY_CONTENT: ContentFields = {
  format: 'markdown',
  markdown: '',
  entityRef: '',
  path: '',
  url: '',
};

/** The API's content of the fields: only the chosen format's. */
export function contentOf(f: ContentFields) {
  if (f.format === 'techdocs') {
    return { format: f.format, entityRef: f.entityRef, path: f.path };
  }
  if (f.format === 'url') return { format: f.format, url: f.url };
  return { format: f.format, markdown: f.markdown };
}

/**
 * Where a version's text is: Markdown written here, a TechDocs page of a
 * catalog entity, or a URL; each field shows the API's problem with it.
 */
export function DocumentContentFields(props: {
  id: string;
  value: ContentFields;
  onChange: (value: ContentFields) => void;
  problem: (path: string) => string | undefined;
}) {
  const { value, problem } = props;
  const set = (f: keyof ContentFields) => (e: { target: { value: string } }) =>
    props.onChange({ ...value, [f]: e.target.value });
  const text = (
    f: 'markdown' | 'entityRef' | 'path' | 'url',
    label: string,
    hint: string,
    extra: object = {},
  ) => (
    <TextField
      id={`${props.id}-${f}`}
      label={label}
      fullWidth
      margin="normal"
      value={value[f]}
      onChange={set(f)}
      error={!!problem(`content.${f}`)}
      helperText={describe(label, problem(`content.${f}`)) ?? hint}
      {...extra}
    />
  );
  return (
    <>
      <TextField
        id={`${props.id}-format`}
        select
        SelectProps={{ native: true }}
        label="Text"
        fullWidth
        margin="normal"
        value={value.format}
        onChange={set('format')}
      >
        <option value="markdown">Written here (Markdown)</option>
        <option value="techdocs">A TechDocs page</option>
        <option value="url">A link</option>
      </TextField>
      {value.format === 'markdown' &&
        text('markdown', 'Markdown', 'The text of this version', {
          multiline: true,
          minRows: 8,
          required: true,
        })}
      {value.format === 'techdocs' && (
        <>
          {text(
            'entityRef',
            'Entity',
            'The catalog entity whose TechDocs hold it, e.g. component:default/aims-handbook',
            { required: true },
          )}
          {text(
            'path',
            'Page',
            'The page in those docs, e.g. policies/ai-policy/',
          )}
        </>
      )}
      {value.format === 'url' &&
        text('url', 'URL', 'Where the document is kept', { required: true })}
    </>
  );
}
