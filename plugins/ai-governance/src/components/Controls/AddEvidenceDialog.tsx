import { useState } from 'react';
import {
  EVIDENCE_KINDS,
  type EntityControl,
  type Evidence,
  getAnnexAControl,
} from '@aigov/plugin-ai-governance-common';
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
  EVIDENCE_KIND_LABELS,
  FormDialog,
  type RecordDialogProps,
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
import { useDialogForm } from './useDialogForm';

/**
 * Adds a link or a file as evidence for one control. A file takes two calls
 * (create the record, then upload the bytes); if the upload fails the record
 * already exists, so a retry only repeats the upload instead of creating a
 * second record.
 */
export function AddEvidenceDialog(
  props: RecordDialogProps<Evidence> & { control: EntityControl },
) {
  const { entityRef, control, onClose, onSaved } = props;
  const api = useApi(aiGovernanceApiRef);
  const id = control.controlId;
  const form = useDialogForm<EvidenceFormValues>(
    {
      mode: 'link',
      title: '',
      kind: 'document',
      url: '',
      file: null,
      collectedAt: today(),
      expiresAt: '',
    },
    `evidence-${id}`,
  );
  const { values, set, errors, field, setSaveError } = form;
  const [created, setCreated] = useState<Evidence>();
  const ideas = getAnnexAControl(id)?.evidence ?? [];
  const retryingUpload = awaitsUpload(created);

  const upload = async (evidence: Evidence, file: File) => {
    try {
      onSaved(await api.uploadEvidenceContent(evidence.id, file));
    } catch (e) {
      setCreated(evidence);
      setSaveError(e);
    }
  };

  const submit = async () => {
    setSaveError(undefined);
    if (retryingUpload && created && values.file) {
      form.setSaving(true);
      await upload(created, values.file);
      form.setSaving(false);
      return;
    }
    const body = evidenceBody(values, id);
    await form.save(validateEvidence(values, body), async () => {
      const evidence = await api.createEvidence(entityRef, body);
      if (values.mode === 'file' && values.file) {
        await upload(evidence, values.file);
      } else {
        onSaved(evidence);
      }
    });
  };

  const { fieldId } = form;
  const fileError = errors.file ?? errors.fileName ?? errors.mediaType;
  return (
    <FormDialog
      titleId={fieldId('title-heading')}
      title={`Add evidence for ${id} ${control.title}`}
      maxWidth="sm"
      onClose={onClose}
      dirty={
        values.title !== '' ||
        values.url !== '' ||
        values.file !== null ||
        values.expiresAt !== ''
      }
      onSave={submit}
      saveLabel={retryingUpload ? 'Upload again' : 'Add evidence'}
      saving={form.saving}
      saveError={form.saveError}
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
        {...field('title', 'Title')}
        required
        disabled={retryingUpload}
      />
      <TextField
        {...field('kind', 'Kind')}
        select
        SelectProps={{ native: true }}
        disabled={retryingUpload}
      >
        {selectOptions(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
      </TextField>
      {values.mode === 'link' ? (
        <TextField
          {...field(
            'url',
            'URL',
            'Where the evidence can be read, e.g. a wiki page or a report',
          )}
          type="url"
          required
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
        {...field('collectedAt', 'Collected on')}
        type="date"
        required
        InputLabelProps={{ shrink: true }}
        disabled={retryingUpload}
      />
      <TextField
        {...field(
          'expiresAt',
          'Expires on',
          'Optional: when the evidence stops counting and must be renewed',
        )}
        type="date"
        InputLabelProps={{ shrink: true }}
        disabled={retryingUpload}
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
