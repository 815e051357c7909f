import {
  fieldErrorsOf,
  fieldProblems,
  riskAcceptSchema,
  type FieldProblem,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState, type FormEvent } from 'react';
import { aiGovernanceApiRef } from '../../api';
import { RiskLevelChip, SaveErrorAlert, dateOnly, tomorrow } from '../shared';
import { problemFor } from './riskForm';

/** Approves living with a risk until a date; a second person must approve it. */
export function AcceptRiskDialog(props: {
  entityRef: CompoundEntityRef;
  risk: Risk;
  onClose: () => void;
  onAccepted: (risk: Risk) => void;
}) {
  const { entityRef, risk, onClose, onAccepted } = props;
  const api = useApi(aiGovernanceApiRef);
  const [expiresAt, setExpiresAt] = useState('');
  const [note, setNote] = useState('');
  const [version, setVersion] = useState(risk.version);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(undefined);
    setNotice(undefined);
    const checked = riskAcceptSchema.safeParse({
      expiresAt: expiresAt || undefined,
      note: note.trim() ? note : undefined,
    });
    if (!checked.success) {
      setProblems(fieldProblems(checked.error));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      onAccepted(await api.acceptRisk(risk.id, version, checked.data));
    } catch (e) {
      setSaveError(e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  // Someone changed the risk meanwhile: take its new version, keep the date and note.
  const reload = async () => {
    try {
      const latest = (await api.listAllRisks(entityRef)).find(
        r => r.id === risk.id,
      );
      if (!latest) throw new Error('This risk no longer exists.');
      setVersion(latest.version);
      setSaveError(undefined);
      setNotice(
        latest.status === 'closed'
          ? `${latest.updatedBy} closed this risk; it must be reopened before it can be accepted.`
          : `Loaded version ${latest.version}, last changed by ${latest.updatedBy}. Check the risk, then accept again.`,
      );
    } catch (e) {
      setSaveError(e);
    }
  };

  const dateError = problemFor(problems, 'expiresAt');
  const noteError = problemFor(problems, 'note');
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="accept-risk-title"
    >
      <form noValidate onSubmit={submit}>
        <DialogTitle id="accept-risk-title">
          Accept risk: {risk.title}
        </DialogTitle>
        <DialogContent>
          <Box display="flex" flexDirection="column" gridGap={8} mb={2}>
            <SaveErrorAlert error={saveError} onReload={reload} />
            {notice && (
              <Alert severity="info" role="status">
                {notice}
              </Alert>
            )}
          </Box>
          <Box display="flex" alignItems="center" gridGap={8} mb={1}>
            <RiskLevelChip level={risk.level} />
            <span>
              score {risk.score} (likelihood {risk.likelihood} × impact{' '}
              {risk.impact})
            </span>
          </Box>
          <DialogContentText>
            Accepting records the decision to live with this risk, without
            further treatment, until the expiry date. The approver must not be
            the person who recorded the risk ({risk.createdBy}). When the date
            passes the acceptance expires and the risk is due for review again.
          </DialogContentText>
          {risk.acceptance && (
            <DialogContentText>
              Currently accepted by {risk.acceptance.approvedBy} until{' '}
              {dateOnly(risk.acceptance.expiresAt)}; accepting again replaces
              that.
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
              dateError ??
              'A future date, after which the risk is reviewed again'
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving}
          >
            Accept risk
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
