import { useState } from 'react';
import {
  EVIDENCE_KINDS,
  type EntityControl,
  type Evidence,
  type EvidenceKind,
  getAnnexAControl,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import {
  type FieldErrors,
  EVIDENCE_KIND_LABELS,
  FormDialog,
  apiFieldErrors,
  describe,
  selectOptions,
  today,
} from '../shared';
import {
  type EvidenceFormValues,
  type EvidenceMode,
  awaitsUpload,
  evidenceBody,
  validateEvidence,
} from './evidenceForm';

/**
 * Adds a link or a file as evidence for one control. A file takes two calls
 * (create the record, then upload the bytes); if the upload fails the record
 * already exists, so a retry only repeats the upload instead of creating a
 * second record.
 */
export function AddEvidenceDialog(props: {
  entityRef: CompoundEntityRef;
  control: EntityControl;
  onClose: () => void;
  onAdded: (evidence: Evidence) => void;
}) {
  const { entityRef, control, onClose, onAdded } = props;
  const api = useApi(aiGovernanceApiRef);
  const [values, setValues] = useState<EvidenceFormValues>({
    mode: 'link',
    title: '',
    kind: 'document',
    url: '',
    file: null,
    collectedAt: today(),
    expiresAt: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<unknown>();
  const [created, setCreated] = useState<Evidence>();
  const [saving, setSaving] = useState(false);
  const id = control.controlId;
  const ideas = getAnnexAControl(id)?.evidence ?? [];
  const retryingUpload = awaitsUpload(created);

  const set = <K extends keyof EvidenceFormValues>(
    key: K,
    value: EvidenceFormValues[K],
  ) => setValues(v => ({ ...v, [key]: value }));

  const upload = async (evidence: Evidence, file: File) => {
    try {
      onAdded(await api.uploadEvidenceContent(evidence.id, file));
    } catch (e) {
      setCreated(evidence);
      setSaveError(e);
    }
  };

  const submit = async () => {
    setSaveError(undefined);
    if (retryingUpload && created && values.file) {
      setSaving(true);
      await upload(created, values.file);
      setSaving(false);
      return;
    }
    const body = evidenceBody(values, id);
    const problems = validateEvidence(values, body);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      const evidence = await api.createEvidence(entityRef, body);
      if (values.mode === 'file' && values.file) {
        await upload(evidence, values.file);
      } else {
        onAdded(evidence);
      }
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  const fieldId = (name: string) => `evidence-${id}-${name}`;
  const fileError = errors.file ?? errors.fileName ?? errors.mediaType;
  return (
    <FormDialog
      titleId={fieldId('title-heading')}
      title={`Add evidence for ${id} ${control.title}`}
      maxWidth="sm"
      onClose={onClose}
      onSave={submit}
      saveLabel={retryingUpload ? 'Upload again' : 'Add evidence'}
      saving={saving}
      saveError={saveError}
    >
      {ideas.length > 0 && (
        <>
          <Typography variant="body2" color="textSecondary">
            Evidence that shows this control operating, for example:
          </Typography>
          <Typography component="ul" variant="body2" color="textSecondary">
            {ideas.map(idea => (
              <li key={idea}>{idea}</li>
            ))}
          </Typography>
        </>
      )}
      <FormControl component="fieldset" disabled={retryingUpload}>
        <FormLabel component="legend">Evidence is</FormLabel>
        <RadioGroup
          row
          value={values.mode}
          onChange={e => set('mode', e.target.value as EvidenceMode)}
        >
          <FormControlLabel value="link" control={<Radio />} label="A link" />
          <FormControlLabel
            value="file"
            control={<Radio />}
            label="A file to upload"
          />
        </RadioGroup>
      </FormControl>
      <TextField
        id={fieldId('title')}
        label="Title"
        required
        value={values.title}
        onChange={e => set('title', e.target.value)}
        error={!!errors.title}
        helperText={describe('Title', errors.title)}
        disabled={retryingUpload}
        fullWidth
        margin="normal"
      />
      <TextField
        id={fieldId('kind')}
        select
        SelectProps={{ native: true }}
        label="Kind"
        value={values.kind}
        onChange={e => set('kind', e.target.value as EvidenceKind)}
        error={!!errors.kind}
        helperText={describe('Kind', errors.kind)}
        disabled={retryingUpload}
        fullWidth
        margin="normal"
      >
        {selectOptions(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
      </TextField>
      {values.mode === 'link' ? (
        <TextField
          id={fieldId('url')}
          label="URL"
          type="url"
          required
          value={values.url}
          onChange={e => set('url', e.target.value)}
          error={!!errors.url}
          helperText={
            describe('URL', errors.url) ??
            'Where the evidence can be read, e.g. a wiki page or a report'
          }
          fullWidth
          margin="normal"
        />
      ) : (
        <FormControl error={!!fileError} fullWidth margin="normal">
          <FormLabel htmlFor={fieldId('file')} required>
            File
          </FormLabel>
          <input
            id={fieldId('file')}
            type="file"
            aria-describedby={fieldId('file-help')}
            onChange={e => set('file', e.target.files?.[0] ?? null)}
          />
          <FormHelperText id={fieldId('file-help')}>
            {describe('File', fileError) ?? 'Stored once and never overwritten'}
          </FormHelperText>
        </FormControl>
      )}
      <TextField
        id={fieldId('collectedAt')}
        label="Collected on"
        type="date"
        required
        value={values.collectedAt}
        onChange={e => set('collectedAt', e.target.value)}
        error={!!errors.collectedAt}
        helperText={describe('Collected on', errors.collectedAt)}
        InputLabelProps={{ shrink: true }}
        disabled={retryingUpload}
        fullWidth
        margin="normal"
      />
      <TextField
        id={fieldId('expiresAt')}
        label="Expires on"
        type="date"
        value={values.expiresAt}
        onChange={e => set('expiresAt', e.target.value)}
        error={!!errors.expiresAt}
        helperText={
          describe('Expires on', errors.expiresAt) ??
          'Optional: when the evidence stops counting and must be renewed'
        }
        InputLabelProps={{ shrink: true }}
        disabled={retryingUpload}
        fullWidth
        margin="normal"
      />
      {retryingUpload && (
        <Alert severity="warning">
          The evidence was recorded but its file did not upload. Upload the file
          again; the record is kept.
        </Alert>
      )}
    </FormDialog>
  );
}
