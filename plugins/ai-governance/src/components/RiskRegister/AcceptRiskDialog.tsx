import {
  fieldProblems,
  riskAcceptSchema,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import {
  FormDialog,
  RiskLevelChip,
  type RecordDialogProps,
  dateOnly,
  tomorrow,
} from '../shared';
import { problemFor } from './riskForm';
import { useRiskSave } from './useRiskSave';

// Someone changed the risk meanwhile: the new version is taken, the date and note kept.
function reloadedNotice(latest: Risk): string {
  return latest.status === 'closed'
    ? `${latest.updatedBy} closed this risk; it must be reopened before it can be accepted.`
    : `Loaded version ${latest.version}, last changed by ${latest.updatedBy}. Check the risk, then accept again.`;
}

/** Approves living with a risk until a date; a second person must approve it. */
export function AcceptRiskDialog(
  props: RecordDialogProps<Risk> & { risk: Risk },
) {
  const { entityRef, risk, onClose, onSaved } = props;
  const [expiresAt, setExpiresAt] = useState('');
  const [note, setNote] = useState('');
  const save = useRiskSave({
    entityRef,
    risk,
    onSaved,
    reloadedNotice,
  });

  const submit = () => {
    save.clear();
    const checked = riskAcceptSchema.safeParse({
      expiresAt: expiresAt || undefined,
      note: note.trim() ? note : undefined,
    });
    if (!checked.success) {
      save.setProblems(fieldProblems(checked.error));
      return;
    }
    save.setProblems([]);
    save.send(version => save.api.acceptRisk(risk.id, version, checked.data));
  };

  const dateError = problemFor(save.problems, 'expiresAt');
  const noteError = problemFor(save.problems, 'note');
  return (
    <FormDialog
      form
      titleId="accept-risk-title"
      title={`Accept risk: ${risk.title}`}
      maxWidth="sm"
      onClose={onClose}
      dirty={expiresAt !== '' || note !== ''}
      onSave={submit}
      saveLabel="Accept risk"
      saving={save.saving}
      saveError={save.saveError}
      onReload={save.reload}
      errorPlacement="above"
      alerts={
        save.notice && (
          <Alert severity="info" role="status">
            {save.notice}
          </Alert>
        )
      }
    >
      <Box display="flex" alignItems="center" gridGap={8} mb={1}>
        <RiskLevelChip level={risk.level} />
        <span>
          score {risk.score} (likelihood {risk.likelihood} × impact{' '}
          {risk.impact})
        </span>
      </Box>
      <DialogContentText>
        Accepting records the decision to live with this risk, without further
        treatment, until the expiry date. The approver must not be the person
        who recorded the risk ({risk.createdBy}). When the date passes the
        acceptance expires and the risk is due for review again.
      </DialogContentText>
      {risk.acceptance && (
        <DialogContentText>
          Currently accepted by {risk.acceptance.approvedBy} until{' '}
          {dateOnly(risk.acceptance.expiresAt)}; accepting again replaces that.
        </DialogContentText>
      )}
      <TextField
        id="accept-expiresAt"
        label="Acceptance expires on"
        type="date"
        required
        fullWidth
        margin="normal"
        value={expiresAt}
        onChange={e => setExpiresAt(e.target.value)}
        error={!!dateError}
        helperText={
          dateError ?? 'A future date, after which the risk is reviewed again'
        }
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: tomorrow() }}
      />
      <TextField
        id="accept-note"
        label="Note"
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={note}
        onChange={e => setNote(e.target.value)}
        error={!!noteError}
        helperText={noteError ?? 'Why living with this risk is acceptable'}
      />
    </FormDialog>
  );
}
