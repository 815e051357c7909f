import { useState } from 'react';
import {
  AIMS_CLAUSE_STATUSES,
  aimsClausePutSchema,
  type AimsClauseAssessment,
  type AimsClauseStatus,
  type FieldProblem,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import {
  FormDialog,
  OWNER_HINT,
  OwnerPicker,
  selectOptions,
  useCheckedSave,
} from '../shared';
import { AIMS_STATUS_LABELS, linksToText, textToLinks } from './labels';

/** Props of {@link ClauseDialog}. */
export interface ClauseDialogProps {
  clause: AimsClauseAssessment;
  onClose: () => void;
  onSaved: (clause: AimsClauseAssessment) => void;
  /** Reloads the assessment after a 412 (someone else assessed the clause). */
  onReload: () => void;
}

/** The first problem of each evidence line, as one message under the field. */
function linksProblem(problems: FieldProblem[]): string | undefined {
  const found = problems.find(p => p.path.startsWith('evidenceLinks'));
  if (!found) return undefined;
  const line = /^evidenceLinks\[(\d+)\]/.exec(found.path);
  return line
    ? `Line ${Number(line[1]) + 1}: ${found.message}`
    : `Evidence links ${found.message}`;
}

/**
 * Records the assessment of one clause (the governance office): its status,
 * notes, owner and evidence links, sent whole at the version read. The
 * suite's pre-fill stands above the fields, for comparison.
 */
export function ClauseDialog(props: ClauseDialogProps) {
  const { clause } = props;
  const api = useApi(aiGovernanceApiRef);
  const [status, setStatus] = useState<AimsClauseStatus>(clause.status);
  const [notes, setNotes] = useState(clause.notes);
  const [owner, setOwner] = useState(clause.owner ?? '');
  const [links, setLinks] = useState(linksToText(clause.evidenceLinks));
  const { problems, fieldHelp, saveError, saving, save } = useCheckedSave();

  const submit = async () => {
    const body = {
      status,
      notes,
      owner: owner.trim() || null,
      evidenceLinks: textToLinks(links),
    };
    await save(aimsClausePutSchema.safeParse(body), async () => {
      props.onSaved(await api.putAimsClause(clause.id, clause.version, body));
    });
  };

  return (
    <FormDialog
      form
      titleId="aims-clause-title"
      title={`Assess ${clause.id} ${clause.title}`}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={
        status !== clause.status ||
        notes !== clause.notes ||
        owner !== (clause.owner ?? '') ||
        links !== linksToText(clause.evidenceLinks)
      }
      onSave={submit}
      saveLabel="Save assessment"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      {clause.prefilled && (
        <DialogContentText>
          The suite’s records show:{' '}
          {AIMS_STATUS_LABELS[clause.prefilled.status]} —{' '}
          {clause.prefilled.reason}.
        </DialogContentText>
      )}
      <TextField
        id="aims-clause-status"
        select
        SelectProps={{ native: true }}
        label="Status"
        required
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={status}
        onChange={e => setStatus(e.target.value as AimsClauseStatus)}
        {...fieldHelp('status', 'Status')}
      >
        {selectOptions(AIMS_CLAUSE_STATUSES, AIMS_STATUS_LABELS)}
      </TextField>
      <TextField
        id="aims-clause-notes"
        label="Notes"
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={notes}
        onChange={e => setNotes(e.target.value)}
        {...fieldHelp(
          'notes',
          'Notes',
          'What is in place, what is missing, and what is planned',
        )}
      />
      <OwnerPicker
        id="aims-clause-owner"
        label="Owner"
        value={owner}
        onChange={setOwner}
        margin="normal"
        {...fieldHelp('owner', 'Owner', OWNER_HINT)}
      />
      <TextField
        id="aims-clause-links"
        label="Evidence links"
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        value={links}
        onChange={e => setLinks(e.target.value)}
        error={!!linksProblem(problems)}
        helperText={
          linksProblem(problems) ??
          'One per line: a URL, or a title followed by the URL'
        }
      />
    </FormDialog>
  );
}
