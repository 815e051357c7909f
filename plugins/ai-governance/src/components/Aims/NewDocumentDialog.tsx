import { useState } from 'react';
import {
  DOCUMENT_KINDS,
  documentCreateSchema,
  type AimsDocument,
  type DocumentKind,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, OWNER_HINT, OwnerPicker, useCheckedForm } from '../shared';
import {
  DocumentContentFields,
  EMPTY_CONTENT,
  contentOf,
} from './DocumentContentFields';
import { DOCUMENT_KIND_LABELS } from './policyLabels';

/**
 * Creates a policy, procedure or other document with its first version, a
 * draft: kind (and whether it is the AI policy), title, owner, review cycle
 * and the text, checked with the API's schema first.
 */
export function NewDocumentDialog(props: {
  onClose: () => void;
  onSaved: (doc: AimsDocument) => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const [kind, setKind] = useState<DocumentKind>('policy');
  const [aiPolicy, setAiPolicy] = useState(false);
  const [content, setContent] = useState(EMPTY_CONTENT);
  const { values, set, text, fieldHelp, problem, saveError, saving, save } =
    useCheckedForm({ title: '', owner: '', months: '12' }, 'new-document');
  const { title, owner, months } = values;

  const submit = () => {
    const body = {
      kind,
      topic: aiPolicy && kind === 'policy' ? ('ai-policy' as const) : null,
      title,
      owner,
      reviewMonths: Number(months),
      content: contentOf(content),
    };
    return save(documentCreateSchema.safeParse(body), async checked => {
      props.onSaved(await api.createPolicy(checked));
    });
  };

  return (
    <FormDialog
      form
      titleId="new-document-dialog-title"
      title="New document"
      maxWidth="md"
      onClose={props.onClose}
      dirty={!!title || !!content.markdown}
      onSave={submit}
      saveLabel="Create draft"
      saving={saving}
      saveError={saveError}
    >
      <TextField
        id="new-document-kind"
        select
        SelectProps={{ native: true }}
        label="Kind"
        fullWidth
        margin="normal"
        value={kind}
        onChange={e => setKind(e.target.value as DocumentKind)}
      >
        {DOCUMENT_KINDS.map(k => (
          <option key={k} value={k}>
            {DOCUMENT_KIND_LABELS[k]}
          </option>
        ))}
      </TextField>
      {kind === 'policy' && (
        <FormControlLabel
          control={
            <Checkbox
              checked={aiPolicy}
              onChange={e => setAiPolicy(e.target.checked)}
            />
          }
          label="This is the AI policy (ISO/IEC 42001 5.2)"
        />
      )}
      <TextField {...text('title', 'Title', ' ')} required />
      <OwnerPicker
        id="new-document-owner"
        label="Owner"
        required
        value={owner}
        onChange={v => set('owner', v)}
        {...fieldHelp('owner', 'Owner', OWNER_HINT)}
      />
      <TextField
        id="new-document-review"
        label="Review every (months)"
        type="number"
        fullWidth
        margin="normal"
        value={months}
        onChange={e => set('months', e.target.value)}
        {...fieldHelp(
          'reviewMonths',
          'Review cycle',
          'Counted from each approval',
        )}
      />
      <DocumentContentFields
        id="new-document"
        value={content}
        onChange={setContent}
        problem={problem}
      />
    </FormDialog>
  );
}
