import { useState } from 'react';
import {
  managementReviewCreateSchema,
  type ManagementReview,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../../api';
import { FormDialog, OwnerPicker, useCheckedForm } from '../../shared';
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
  const [attendees, setAttendees] = useState<string[]>([]);
  const { values, set, text, fieldHelp, problem, saveError, saving, save } =
    useCheckedForm({ title: '', plannedAt: '', chair: '' }, 'new-review');
  const { title, plannedAt, chair } = values;

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
        {...text('title', 'Title', 'e.g. Management review 2027')}
        required
      />
      <TextField
        {...text('plannedAt', 'Date', 'When it meets')}
        id="new-review-planned"
        type="date"
        required
        InputLabelProps={{ shrink: true }}
      />
      <OwnerPicker
        id="new-review-chair"
        label="Chair"
        required
        margin="normal"
        value={chair}
        onChange={v => set('chair', v)}
        {...fieldHelp(
          'chair',
          'Chair',
          'A member of top management, e.g. user:default/ada',
        )}
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
