import { useState } from 'react';
import type {
  Assessment,
  AssessmentPatch,
  AssessmentType,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import {
  type Guard,
  ASSESSMENT_TYPE_LABELS,
  AssessmentStatusChip,
  SaveErrorAlert,
  WhyDisabled,
  findLatest,
  formatTimestamp,
} from '../shared';
import {
  type Answers,
  normalizeAnswers,
  requestAnswers,
  resultOf,
  sameAnswers,
} from './answers';
import {
  derogationGaps,
  readStoredClassificationResult,
} from './classification';
import { Questionnaire } from './Questionnaire';

const useStyles = makeStyles(theme => ({
  paper: { padding: theme.spacing(3) },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
    marginTop: theme.spacing(3),
  },
  approval: {
    marginTop: theme.spacing(3),
    paddingTop: theme.spacing(2),
    borderTop: `1px solid ${theme.palette.divider}`,
  },
}));

/**
 * Fills in one assessment. A new one exists only in the form until it is
 * first saved; after that every save sends the version it was read at, and a
 * 412 offers to take the latest version while keeping the answers typed.
 */
export function AssessmentEditor(props: {
  entityRef: CompoundEntityRef;
  type: AssessmentType;
  initial?: Assessment;
  canCreate: Guard;
  canUpdate: Guard;
  canApprove: Guard;
  onChanged: (assessment: Assessment) => void;
  onClose: () => void;
}) {
  const { entityRef, type, canCreate, canUpdate, canApprove } = props;
  const classes = useStyles();
  const api = useApi(aiGovernanceApiRef);
  const [record, setRecord] = useState(props.initial);
  const [answers, setAnswers] = useState<Answers>(() =>
    normalizeAnswers(type, props.initial?.answers),
  );
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  const approved = record?.status === 'approved';
  const dirty =
    !record || !sameAnswers(answers, normalizeAnswers(type, record.answers));

  const run = async (action: () => Promise<Assessment>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const saved = await action();
      setRecord(saved);
      props.onChanged(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  /** Saves the answers and moves to `status`; a new assessment is created first. */
  const save = (status: 'draft' | 'in-review') =>
    run(async () => {
      const result = resultOf(type, answers);
      let current = record;
      if (!current) {
        current = await api.createAssessment(entityRef, {
          type,
          answers: requestAnswers(answers),
          ...(result !== undefined && { result }),
        });
        // Created as a draft; remember it so a failure below does not create twice.
        setRecord(current);
        props.onChanged(current);
        if (status === 'draft') return current;
        return api.updateAssessment(current.id, current.version, { status });
      }
      const patch: AssessmentPatch = {
        answers: requestAnswers(answers),
        ...(result !== undefined && { result }),
      };
      if (current.status !== status) patch.status = status;
      return api.updateAssessment(current.id, current.version, patch);
    });

  const approve = () =>
    run(() => {
      if (!record) throw new Error('Save the assessment first');
      return api.approveAssessment(
        record.id,
        record.version,
        note.trim() || undefined,
      );
    });

  const reloadLatest = async () => {
    if (!record) return;
    try {
      const fresh = await findLatest(
        api.listAssessments(entityRef),
        a => a.id === record.id,
        'The assessment is no longer listed',
      );
      setRecord(fresh);
      setError(undefined);
      if (fresh.status === 'approved') {
        // An approved assessment cannot change; show what was approved.
        setAnswers(normalizeAnswers(type, fresh.answers));
        setNotice(
          `It was approved by ${
            fresh.approvedBy ?? 'someone else'
          } in the meantime, so it can no longer change. Start a new assessment to record your answers.`,
        );
      } else {
        setNotice(
          `Loaded the latest version (changed by ${fresh.updatedBy}, now ${fresh.status}). Your answers are still in the form — check them and save again.`,
        );
      }
      props.onChanged(fresh);
    } catch (e) {
      setError(e);
    }
  };

  const saveGuard = record ? canUpdate : canCreate;
  // Submitting a new assessment creates it and then changes its status.
  const submitGuard = !record && !canCreate.allowed ? canCreate : canUpdate;
  // A claimed derogation without its condition or reasoning may be saved as
  // a draft, but a reviewer must not be asked to sign a claim with no basis.
  const gaps =
    type === 'eu-ai-act-classification' ? derogationGaps(answers) : [];
  const submitBlocked =
    submitGuard.reason ??
    (gaps.length
      ? `To submit the claimed Art. 6(3) derogation, ${gaps.join(' and ')}`
      : undefined);
  const headingId = `assessment-editor-${record?.id ?? type}`;
  return (
    <Paper
      className={classes.paper}
      component="section"
      aria-labelledby={headingId}
    >
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography variant="h6" component="h3" id={headingId}>
          {ASSESSMENT_TYPE_LABELS[type]}
        </Typography>
        {record ? (
          <AssessmentStatusChip status={record.status} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            not saved yet
          </Typography>
        )}
      </Box>
      {record && (
        <Typography variant="body2" color="textSecondary">
          Started by {record.createdBy} on {formatTimestamp(record.createdAt)}
        </Typography>
      )}
      {approved && record && (
        <Alert severity="success">
          Approved by {record.approvedBy} on{' '}
          {formatTimestamp(record.approvedAt)}. Approved assessments cannot
          change; start a new one to reassess.
        </Alert>
      )}
      {notice && <Alert severity="info">{notice}</Alert>}

      <Questionnaire
        type={type}
        answers={answers}
        onChange={setAnswers}
        readOnly={approved || busy}
        recorded={
          approved ? readStoredClassificationResult(record?.result) : undefined
        }
      />

      <SaveErrorAlert
        error={error}
        onReload={record ? reloadLatest : undefined}
      />

      {!approved && (
        <div className={classes.actions}>
          <WhyDisabled reason={saveGuard.reason}>
            <Button
              variant="outlined"
              onClick={() => save('draft')}
              disabled={!saveGuard.allowed || busy}
            >
              {record?.status === 'in-review'
                ? 'Save and move back to draft'
                : 'Save as draft'}
            </Button>
          </WhyDisabled>
          <WhyDisabled reason={submitBlocked} focusable={gaps.length > 0}>
            <Button
              variant="contained"
              color="primary"
              onClick={() => save('in-review')}
              disabled={!submitGuard.allowed || gaps.length > 0 || busy}
            >
              {record?.status === 'in-review'
                ? 'Save changes (stays in review)'
                : 'Submit for review'}
            </Button>
          </WhyDisabled>
          <Button onClick={props.onClose}>Close</Button>
        </div>
      )}
      {approved && (
        <div className={classes.actions}>
          <Button onClick={props.onClose}>Close</Button>
        </div>
      )}

      {record?.status === 'in-review' && (
        <div className={classes.approval}>
          <Typography variant="subtitle1" component="h4">
            Approval
          </Typography>
          <Typography
            variant="body2"
            color="textSecondary"
            id={`${headingId}-approve-help`}
          >
            The approver must be someone other than the person who started the
            assessment ({record.createdBy}). Approving records the saved version
            {dirty ? '; save your changes first' : ''}.
            {canApprove.reason && ` ${canApprove.reason}.`}
          </Typography>
          <TextField
            id={`${headingId}-note`}
            label="Approval note (optional)"
            value={note}
            onChange={e => setNote(e.target.value)}
            disabled={!canApprove.allowed || busy}
            fullWidth
            multiline
            margin="normal"
          />
          <WhyDisabled
            reason={
              canApprove.reason ??
              (dirty ? 'Save your changes before approving' : undefined)
            }
          >
            <Button
              variant="contained"
              color="primary"
              onClick={approve}
              disabled={!canApprove.allowed || dirty || busy}
              aria-describedby={`${headingId}-approve-help`}
            >
              Approve
            </Button>
          </WhyDisabled>
        </div>
      )}
    </Paper>
  );
}
