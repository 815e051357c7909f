import { useState } from 'react';
import {
  managementReviewCreateSchema,
  type ManagementReview,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../../api';
import {
  FormDialog,
  OwnerPicker,
  describe,
  useCheckedSave,
} from '../../shared';
import { AttendeeList } from './AttendeeList';

/**
 * Plans a management review: its title, date, chair and the attendees
 * invited (picked from the catalog's users). Saving assembles the review's
 * inputs from the suite's records, frozen from then on.
 */
export function NewReviewDialog(props: {
  onClose: () => void;
  onSaved: (review: ManagementReview) => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const [title, setTitle] = useState('');
  const [plannedAt, setPlannedAt] = useState('');
  const [chair, setChair] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const { problem, saveError, saving, save } = useCheckedSave();

  const submit = async () => {
    const body = { title, plannedAt, chair: chair.trim(), attendees };
    await save(managementReviewCreateSchema.safeParse(body), async () => {
      props.onSaved(await api.createManagementReview(body));
    });
  };

  return (
    <FormDialog
      form
      titleId="new-review-dialog-title"
      title="New management review"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={Boolean(title || plannedAt || chair || attendees.length)}
      onSave={submit}
      saveLabel="Create review"
      saving={saving}
      saveError={saveError}
    >
      <TextField
        id="new-review-title"
        label="Title"
        required
        fullWidth
        margin="normal"
        value={title}
        onChange={e => setTitle(e.target.value)}
        error={!!problem('title')}
        helperText={
          describe('Title', problem('title')) ?? 'e.g. Management review 2027'
        }
      />
      <TextField
        id="new-review-planned"
        label="Date"
        type="date"
        required
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={plannedAt}
        onChange={e => setPlannedAt(e.target.value)}
        error={!!problem('plannedAt')}
        helperText={describe('Date', problem('plannedAt')) ?? 'When it meets'}
      />
      <OwnerPicker
        id="new-review-chair"
        label="Chair"
        required
        margin="normal"
        value={chair}
        onChange={setChair}
        error={!!problem('chair')}
        helperText={
          describe('Chair', problem('chair')) ??
          'A member of top management, e.g. user:default/ada'
        }
      />
      <AttendeeList
        idPrefix="new-review"
        attendees={attendees}
        onChange={setAttendees}
        problem={problem('attendees')}
      />
      <p>
        Creating the review assembles its inputs from the records as they stand
        now; they stay frozen with the review.
      </p>
    </FormDialog>
  );
}
