import { useState } from 'react';
import {
  managementReviewPatchSchema,
  type ManagementReview,
  type ManagementReviewPatch,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../../api';
import { FormDialog, OwnerPicker, useCheckedSave } from '../../shared';
import { AttendeeList } from './AttendeeList';
import { actionInputs } from './reviewLabels';

/** What every change dialog of a review takes. */
interface ChangeProps {
  review: ManagementReview;
  onClose: () => void;
  onSaved: (review: ManagementReview) => void;
  onReload: () => void;
}

/** Sends a change of the review at the version read, checked by the API's schema first. */
function useReviewChange(props: ChangeProps) {
  const api = useApi(aiGovernanceApiRef);
  const checked = useCheckedSave();
  const send = (patch: ManagementReviewPatch) =>
    checked.save(managementReviewPatchSchema.safeParse(patch), async () => {
      props.onSaved(
        await api.updateManagementReview(
          props.review.id,
          props.review.version,
          patch,
        ),
      );
    });
  return { ...checked, send };
}

/** Changes who attended. */
export function AttendeesDialog(props: ChangeProps) {
  const [attendees, setAttendees] = useState(props.review.attendees);
  const { problem, saveError, saving, send } = useReviewChange(props);
  return (
    <FormDialog
      form
      titleId="review-attendees-title"
      title="Attendees"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={attendees !== props.review.attendees}
      onSave={() => send({ attendees })}
      saveLabel="Save attendees"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      <AttendeeList
        idPrefix="review"
        attendees={attendees}
        onChange={setAttendees}
        problem={problem('attendees')}
      />
    </FormDialog>
  );
}

/** Records one more decision. */
export function DecisionDialog(props: ChangeProps) {
  const [decision, setDecision] = useState('');
  const { fieldHelp, saveError, saving, send } = useReviewChange(props);
  const at = `decisions[${props.review.decisions.length}]`;
  return (
    <FormDialog
      form
      titleId="review-decision-title"
      title="Add a decision"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={Boolean(decision)}
      onSave={() => send({ decisions: [...props.review.decisions, decision] })}
      saveLabel="Add decision"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      <TextField
        id="review-decision"
        label="Decision"
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={decision}
        onChange={e => setDecision(e.target.value)}
        {...fieldHelp(
          at,
          'Decision',
          'What top management decided, e.g. a change to the scope, resources or objectives',
        )}
      />
    </FormDialog>
  );
}

/** Records one more action: its description, owner and due date; it becomes a task. */
export function ActionDialog(props: ChangeProps) {
  const [fields, setFields] = useState({
    description: '',
    owner: '',
    dueAt: '',
  });
  const { fieldHelp, saveError, saving, send } = useReviewChange(props);
  const at = `actions[${props.review.actions.length}]`;
  const set = (f: keyof typeof fields) => (value: string) =>
    setFields({ ...fields, [f]: value });
  return (
    <FormDialog
      form
      titleId="review-action-title"
      title="Add an action"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={Object.values(fields).some(Boolean)}
      onSave={() =>
        send({
          actions: [
            ...actionInputs(props.review),
            { ...fields, owner: fields.owner.trim() },
          ],
        })
      }
      saveLabel="Add action"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      <TextField
        id="review-action-description"
        label="Action"
        required
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        value={fields.description}
        onChange={e => set('description')(e.target.value)}
        {...fieldHelp(
          `${at}.description`,
          'Action',
          'What is to be done; it is tracked as a task of its owner',
        )}
      />
      <OwnerPicker
        id="review-action-owner"
        label="Owner"
        required
        margin="normal"
        value={fields.owner}
        onChange={set('owner')}
        {...fieldHelp(
          `${at}.owner`,
          'Owner',
          'A group or user, e.g. group:default/ai-governance-office',
        )}
      />
      <TextField
        id="review-action-due"
        label="Due"
        type="date"
        required
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={fields.dueAt}
        onChange={e => set('dueAt')(e.target.value)}
        {...fieldHelp(`${at}.dueAt`, 'Due')}
      />
    </FormDialog>
  );
}
