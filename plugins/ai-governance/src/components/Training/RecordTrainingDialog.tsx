import { useState } from 'react';
import {
  trainingRecordCreateSchema,
  type TrainingCourse,
  type TrainingRecord,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import {
  FormDialog,
  OwnerPicker,
  describe,
  today,
  useCheckedSave,
} from '../shared';

/**
 * Records a completed course: the person (picked from the catalog, the
 * signed-in user by default), the course, the completion date, an
 * optional expiry (the course's validity by default) and evidence. The
 * API's refusals (a person the catalog lacks, someone else's training
 * without the governance office's permission) show on their fields or as
 * the save error.
 */
export function RecordTrainingDialog(props: {
  courses: TrainingCourse[];
  /** The signed-in user's ref, the person by default. */
  self?: string;
  onClose: () => void;
  onSaved: (record: TrainingRecord) => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const [fields, setFields] = useState({
    userRef: props.self ?? '',
    courseId: props.courses[0]?.id ?? '',
    completedAt: today(),
    expiresAt: '',
    evidence: '',
  });
  const { problem, saveError, saving, save } = useCheckedSave();
  const set = (f: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [f]: e.target.value });
  const course = props.courses.find(c => c.id === fields.courseId);

  const submit = async () => {
    const body = {
      userRef: fields.userRef.trim(),
      courseId: fields.courseId,
      completedAt: fields.completedAt,
      ...(fields.expiresAt ? { expiresAt: fields.expiresAt } : {}),
      evidence: fields.evidence,
    };
    await save(trainingRecordCreateSchema.safeParse(body), async () => {
      props.onSaved(await api.createTrainingRecord(body));
    });
  };

  const date = (
    name: 'completedAt' | 'expiresAt',
    label: string,
    hint: string,
  ) => (
    <TextField
      id={`record-training-${name}`}
      label={label}
      type="date"
      fullWidth
      margin="normal"
      required={name === 'completedAt'}
      InputLabelProps={{ shrink: true }}
      value={fields[name]}
      onChange={set(name)}
      error={!!problem(name)}
      helperText={describe(label, problem(name)) ?? hint}
    />
  );

  return (
    <FormDialog
      form
      titleId="record-training-dialog-title"
      title="Record training"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={!!fields.evidence || fields.userRef !== (props.self ?? '')}
      onSave={submit}
      saveLabel="Record"
      saving={saving}
      saveError={saveError}
    >
      <OwnerPicker
        id="record-training-user"
        label="Person"
        required
        margin="normal"
        value={fields.userRef}
        onChange={userRef => setFields({ ...fields, userRef })}
        error={!!problem('userRef')}
        helperText={
          describe('Person', problem('userRef')) ??
          'You may record your own training; the governance office records anyone’s'
        }
      />
      <TextField
        id="record-training-course"
        select
        SelectProps={{ native: true }}
        label="Course"
        fullWidth
        margin="normal"
        value={fields.courseId}
        onChange={set('courseId')}
        error={!!problem('courseId')}
        helperText={
          describe('Course', problem('courseId')) ?? course?.description
        }
      >
        {props.courses.map(c => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </TextField>
      {date('completedAt', 'Completed on', '')}
      {date(
        'expiresAt',
        'Expires on',
        course?.validityMonths
          ? `Leave empty for ${course.validityMonths} months after completion`
          : 'Leave empty: this course never expires',
      )}
      <TextField
        id="record-training-evidence"
        label="Evidence"
        fullWidth
        margin="normal"
        value={fields.evidence}
        onChange={set('evidence')}
        error={!!problem('evidence')}
        helperText={
          describe('Evidence', problem('evidence')) ??
          'A link to the certificate, or a note on how completion was shown'
        }
      />
    </FormDialog>
  );
}
