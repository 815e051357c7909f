import {
  trainingRecordCreateSchema,
  type TrainingCourse,
  type TrainingRecord,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, OwnerPicker, today, useCheckedForm } from '../shared';

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
  const form = useCheckedForm(
    {
      userRef: props.self ?? '',
      courseId: props.courses[0]?.id ?? '',
      completedAt: today(),
      expiresAt: '',
      evidence: '',
    },
    'record-training',
  );
  const fields = form.values;
  const course = props.courses.find(c => c.id === fields.courseId);

  const submit = async () => {
    const body = {
      userRef: fields.userRef.trim(),
      courseId: fields.courseId,
      completedAt: fields.completedAt,
      ...(fields.expiresAt ? { expiresAt: fields.expiresAt } : {}),
      evidence: fields.evidence,
    };
    await form.save(trainingRecordCreateSchema.safeParse(body), async () => {
      props.onSaved(await api.createTrainingRecord(body));
    });
  };

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
      saving={form.saving}
      saveError={form.saveError}
    >
      <OwnerPicker
        id="record-training-user"
        label="Person"
        required
        margin="normal"
        value={fields.userRef}
        onChange={userRef => form.set('userRef', userRef)}
        {...form.fieldHelp(
          'userRef',
          'Person',
          'You may record your own training; the governance office records anyone’s',
        )}
      />
      <TextField
        {...form.text('courseId', 'Course', course?.description)}
        id="record-training-course"
        select
        SelectProps={{ native: true }}
      >
        {props.courses.map(c => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </TextField>
      <TextField
        {...form.text('completedAt', 'Completed on', '')}
        type="date"
        required
        InputLabelProps={{ shrink: true }}
      />
      <TextField
        {...form.text(
          'expiresAt',
          'Expires on',
          course?.validityMonths
            ? `Leave empty for ${course.validityMonths} months after completion`
            : 'Leave empty: this course never expires',
        )}
        type="date"
        InputLabelProps={{ shrink: true }}
      />
      <TextField
        {...form.text(
          'evidence',
          'Evidence',
          'A link to the certificate, or a note on how completion was shown',
        )}
      />
    </FormDialog>
  );
}
