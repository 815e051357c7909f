import { useState } from 'react';
import {
  AUDIT_FINDING_KINDS,
  auditFindingCreateSchema,
  isNonconformityFinding,
  type Audit,
  type AuditFindingKind,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, selectOptions, useCheckedSave } from '../shared';
import { FINDING_KIND_LABELS, listOf } from './auditLabels';

/**
 * Records a finding of an in-progress audit: its kind, the clause or control
 * it is against, the AI system (one of the scope; required for a
 * nonconformity, which then opens on that system), description and evidence.
 */
export function FindingDialog(props: {
  audit: Audit;
  onClose: () => void;
  onSaved: (audit: Audit) => void;
}) {
  const { audit } = props;
  const api = useApi(aiGovernanceApiRef);
  const [kind, setKind] = useState<AuditFindingKind>('observation');
  const [reference, setReference] = useState('');
  const [entityRef, setEntityRef] = useState('');
  const [description, setDescription] = useState('');
  const [evidence, setEvidence] = useState('');
  const { fieldHelp, saveError, saving, save } = useCheckedSave();

  const submit = async () => {
    const body = {
      kind,
      reference: reference.trim(),
      entityRef: entityRef || null,
      description,
      evidence: listOf(evidence),
    };
    // The schema cannot see that a nonconformity finding needs its system.
    const more =
      isNonconformityFinding(kind) && !entityRef
        ? [{ path: 'entityRef', message: 'must name the AI system it is on' }]
        : [];
    await save(
      auditFindingCreateSchema.safeParse(body),
      async () => {
        props.onSaved(await api.addAuditFinding(audit.id, body));
      },
      { more },
    );
  };

  return (
    <FormDialog
      form
      titleId="audit-finding-title"
      title={`Add a finding to ${audit.title}`}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={!!(reference || entityRef || description || evidence)}
      onSave={submit}
      saveLabel="Add finding"
      saving={saving}
      saveError={saveError}
    >
      {isNonconformityFinding(kind) && (
        <DialogContentText>
          A nonconformity finding opens a nonconformity on the AI system, for
          its owners to correct.
        </DialogContentText>
      )}
      <TextField
        id="audit-finding-kind"
        select
        SelectProps={{ native: true }}
        label="Kind"
        required
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={kind}
        onChange={e => setKind(e.target.value as AuditFindingKind)}
      >
        {selectOptions(AUDIT_FINDING_KINDS, FINDING_KIND_LABELS)}
      </TextField>
      <TextField
        id="audit-finding-reference"
        label="Clause or control"
        required
        fullWidth
        margin="normal"
        value={reference}
        onChange={e => setReference(e.target.value)}
        {...fieldHelp(
          'reference',
          'Clause or control',
          'A clause id such as 9.2 or a control id such as A.6.2.8',
        )}
      />
      <TextField
        id="audit-finding-system"
        select
        SelectProps={{ native: true }}
        label="AI system"
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={entityRef}
        onChange={e => setEntityRef(e.target.value)}
        {...fieldHelp(
          'entityRef',
          'AI system',
          'One of the systems in scope; none for the management system as a whole',
        )}
      >
        <option value="">None</option>
        {audit.scope.systems.map(s => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </TextField>
      <TextField
        id="audit-finding-description"
        label="Description"
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={description}
        onChange={e => setDescription(e.target.value)}
        {...fieldHelp('description', 'Description')}
      />
      <TextField
        id="audit-finding-evidence"
        label="Evidence"
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        value={evidence}
        onChange={e => setEvidence(e.target.value)}
        {...fieldHelp(
          'evidence',
          'Evidence',
          'Evidence ids or links, one per line',
        )}
      />
    </FormDialog>
  );
}
