import {
  AIMS_MEASURES,
  AIMS_MEASURE_INFO,
  OBJECTIVE_DIRECTIONS,
  objectiveCreateSchema,
  objectivePatchSchema,
  type AimsMeasure,
  type AimsObjective,
  type ObjectiveDirection,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import {
  FormDialog,
  OWNER_HINT,
  OwnerPicker,
  selectOptions,
  useCheckedForm,
} from '../shared';
import { DIRECTION_LABELS } from './objectiveLabels';

const MEASURE_LABELS = Object.fromEntries(
  AIMS_MEASURES.map(m => [m, AIMS_MEASURE_INFO[m].label]),
) as Record<AimsMeasure, string>;

/**
 * Sets a new objective, or changes `objective` at the version read: its
 * title and description, owner, the measure its KPI is bound to (with how
 * the suite computes it), target and due date. The API's refusals show
 * under the fields they name.
 */
export function ObjectiveDialog(props: {
  objective?: AimsObjective;
  onClose: () => void;
  onReload?: () => void;
  onSaved: (objective: AimsObjective) => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const { objective } = props;
  const form = useCheckedForm(
    {
      title: objective?.title ?? '',
      description: objective?.description ?? '',
      owner: objective?.owner ?? '',
      measure: objective?.measure ?? AIMS_MEASURES[0],
      value: objective ? String(objective.target.value) : '',
      direction: objective?.target.direction ?? 'at-least',
      dueDate: objective?.dueDate ?? '',
    },
    'objective',
  );
  const fields = form.values;
  const info = AIMS_MEASURE_INFO[fields.measure as AimsMeasure];

  const submit = async () => {
    const body = {
      title: fields.title,
      description: fields.description,
      owner: fields.owner.trim(),
      measure: fields.measure as AimsMeasure,
      target: {
        value: fields.value.trim() === '' ? NaN : Number(fields.value),
        direction: fields.direction as ObjectiveDirection,
      },
      dueDate: fields.dueDate,
    };
    if (objective) {
      await form.save(objectivePatchSchema.safeParse(body), async patch => {
        props.onSaved(
          await api.updateObjective(objective.id, objective.version, patch),
        );
      });
    } else {
      await form.save(objectiveCreateSchema.safeParse(body), async created => {
        props.onSaved(await api.createObjective(created));
      });
    }
  };

  return (
    <FormDialog
      form
      titleId="objective-dialog-title"
      title={objective ? `Edit ${objective.title}` : 'New objective'}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={
        objective
          ? fields.title !== objective.title ||
            fields.dueDate !== objective.dueDate
          : Object.values(fields).some(v => v && v !== AIMS_MEASURES[0])
      }
      onSave={submit}
      saveLabel={objective ? 'Save' : 'Set objective'}
      saving={form.saving}
      saveError={form.saveError}
      onReload={props.onReload}
    >
      <TextField
        {...form.text('title', 'Title', 'What the organisation aims for')}
        required
      />
      <TextField
        {...form.text('description', 'Description', 'Why it matters')}
        multiline
        minRows={2}
      />
      <OwnerPicker
        id="objective-owner"
        label="Owner"
        value={fields.owner}
        onChange={owner => form.set('owner', owner)}
        required
        margin="normal"
        {...form.fieldHelp('owner', 'Owner', OWNER_HINT)}
      />
      <TextField
        {...form.text(
          'measure',
          'Measure',
          `${info?.description} (${
            info?.unit === '%' ? 'a percentage' : 'a count'
          })`,
        )}
        select
        SelectProps={{ native: true }}
      >
        {selectOptions(AIMS_MEASURES, MEASURE_LABELS)}
      </TextField>
      <TextField
        {...form.text(
          'direction',
          'Target direction',
          undefined,
          'target.direction',
        )}
        select
        SelectProps={{ native: true }}
      >
        {selectOptions(OBJECTIVE_DIRECTIONS, DIRECTION_LABELS)}
      </TextField>
      <TextField
        {...form.text(
          'value',
          'Target value',
          info?.unit === '%' ? 'A percentage, 0 to 100' : 'A whole number',
          'target.value',
        )}
        type="number"
        required
      />
      <TextField
        {...form.text('dueDate', 'Due date', '')}
        type="date"
        required
        InputLabelProps={{ shrink: true }}
      />
    </FormDialog>
  );
}
