import {
  nonconformityCreateSchema,
  type Incident,
  type Nonconformity,
  type NonconformityCreate,
  type NonconformitySource,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, selectOptions, useCheckedForm } from '../shared';
import {
  RECORDED_SOURCES,
  SOURCE_LABELS,
  SOURCE_REFERENCE_HINTS,
} from './labels';

type Field = 'description' | 'correction' | 'rootCause';

/** Props of {@link NonconformityDialog}: opened from an incident, or on an AI system from another source. */
export type NonconformityDialogProps = {
  onClose: () => void;
  onSaved: (nonconformity: Nonconformity) => void;
} & (
  | { incident: Incident; entityRef?: never }
  | { entityRef: string; incident?: never }
);

/**
 * Records a nonconformity (clause 10.2). From an incident its source is the
 * incident, by id, so the two stay linked; otherwise the user says where it
 * was found (an internal audit, a management review, monitoring) and how to
 * look that up. Corrective actions are planned on the nonconformity
 * afterwards.
 */
export function NonconformityDialog(props: NonconformityDialogProps) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  const { values, text, saveError, saving, save } = useCheckedForm(
    {
      description: '',
      correction: incident?.containment ?? '',
      rootCause: incident?.rootCause ?? '',
      source: '' as NonconformitySource | '',
      sourceId: '',
    },
    'nonconformity',
  );
  const { source, sourceId } = values;

  const submit = async () => {
    const origin = incident
      ? {
          entityRef: incident.entityRef,
          source: 'incident' as const,
          sourceId: incident.id,
        }
      : {
          entityRef: props.entityRef,
          // Left out when not chosen, so the schema names the field.
          source: source || undefined,
          sourceId: sourceId.trim() || null,
        };
    const body = {
      ...origin,
      description: values.description,
      correction: values.correction.trim() || null,
      rootCause: values.rootCause.trim() || null,
    };
    await save(nonconformityCreateSchema.safeParse(body), async checked => {
      // The source as checked: the same value, typed as the API takes it.
      const create: NonconformityCreate = {
        ...body,
        source: checked.source,
      };
      props.onSaved(await api.createNonconformity(create));
    });
  };

  const field = (key: Field, label: string, hint: string, required = false) => (
    <TextField
      {...text(key, label, hint)}
      required={required}
      multiline
      minRows={2}
    />
  );

  const sourceFields = (
    <>
      <TextField
        {...text('source', 'Source', 'Where it was found')}
        select
        SelectProps={{ native: true }}
        required
        InputLabelProps={{ shrink: true }}
      >
        <option value="">Choose…</option>
        {selectOptions(RECORDED_SOURCES, SOURCE_LABELS)}
      </TextField>
      <TextField
        {...text(
          'sourceId',
          'Source reference',
          `Optional. ${SOURCE_REFERENCE_HINTS[source || 'other']}`,
        )}
      />
    </>
  );

  return (
    <FormDialog
      form
      titleId="nonconformity-title"
      title={incident ? 'Open a nonconformity' : 'Record a nonconformity'}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={[values.description, source, sourceId].some(v => v.trim())}
      onSave={submit}
      saveLabel={incident ? 'Open nonconformity' : 'Record nonconformity'}
      saving={saving}
      saveError={saveError}
    >
      {incident ? (
        <DialogContentText>
          Source: incident “{incident.title}” ({incident.id})
        </DialogContentText>
      ) : (
        sourceFields
      )}
      {field(
        'description',
        'Description',
        'Which requirement was not met',
        true,
      )}
      {field('correction', 'Correction', 'What was done at once to contain it')}
      {field('rootCause', 'Root cause', 'Why it happened, if known')}
    </FormDialog>
  );
}
