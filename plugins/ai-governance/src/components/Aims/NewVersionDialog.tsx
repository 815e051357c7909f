import { useState } from 'react';
import {
  documentVersionCreateSchema,
  type AimsDocument,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, useCheckedSave } from '../shared';
import {
  DocumentContentFields,
  EMPTY_CONTENT,
  contentOf,
  type ContentFields,
} from './DocumentContentFields';

/** The fields of the version a new one starts from. */
function fieldsOf(doc: AimsDocument): ContentFields {
  const latest = doc.versions[doc.versions.length - 1]?.content;
  return latest ? { ...EMPTY_CONTENT, ...latest } : EMPTY_CONTENT;
}

/**
 * Writes a new draft of a document, starting from the latest version's
 * text; the current version stays current until this one is approved.
 */
export function NewVersionDialog(props: {
  doc: AimsDocument;
  onClose: () => void;
  onSaved: (doc: AimsDocument) => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const [content, setContent] = useState(() => fieldsOf(props.doc));
  const [summary, setSummary] = useState('');
  const { problem, fieldHelp, saveError, saving, save } = useCheckedSave();

  const submit = () => {
    const body = { content: contentOf(content), changeSummary: summary };
    return save(documentVersionCreateSchema.safeParse(body), async checked => {
      props.onSaved(
        await api.createPolicyVersion(props.doc.id, props.doc.version, checked),
      );
    });
  };

  return (
    <FormDialog
      form
      titleId="new-version-dialog-title"
      title={`New version of ${props.doc.title}`}
      maxWidth="md"
      onClose={props.onClose}
      dirty={!!summary}
      onSave={submit}
      saveLabel="Save draft"
      saving={saving}
      saveError={saveError}
    >
      <TextField
        id="new-version-summary"
        label="What changed"
        required
        fullWidth
        margin="normal"
        value={summary}
        onChange={e => setSummary(e.target.value)}
        {...fieldHelp(
          'changeSummary',
          'What changed',
          'A line for the version history',
        )}
      />
      <DocumentContentFields
        id="new-version"
        value={content}
        onChange={setContent}
        problem={problem}
      />
    </FormDialog>
  );
}
