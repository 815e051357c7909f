import { useState } from 'react';
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
  describe,
  selectOptions,
  useCheckedSave,
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
  const [fields, setFields] = useState({
    title: objective?.title ?? '',
    description: objective?.description ?? '',
    owner: objective?.owner ?? '',
    measure: objective?.measure ?? AIMS_MEASURES[0],
    value: objective ? String(objective.target.value) : '',
    direction: objective?.target.direction ?? 'at-least',
    dueDate: objective?.dueDate ?? '',
  });
  const { problem, saveError, saving, save } = useCheckedSave();
  const set = (f: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [f]: e.target.value });
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
      await save(objectivePatchSchema.safeParse(body), async patch => {
        props.onSaved(
          await api.updateObjective(objective.id, objective.version, patch),
        );
      });
    } else {
      await save(objectiveCreateSchema.safeParse(body), async created => {
        props.onSaved(await api.createObjective(created));
      });
    }
  };

  const text = (
    name: 'title' | 'description' | 'value' | 'dueDate',
    label: string,
    hint: string,
    path: string,
    extra: object = {},
  ) => (
    <TextField
      id={`objective-${name}`}
      label={label}
      fullWidth
      margin="normal"
      value={fields[name]}
      onChange={set(name)}
      error={!!problem(path)}
      helperText={describe(label, problem(path)) ?? hint}
      {...extra}
    />
  );

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
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      {text('title', 'Title', 'What the organisation aims for', 'title', {
        required: true,
      })}
      {text('description', 'Description', 'Why it matters', 'description', {
        multiline: true,
        minRows: 2,
      })}
      <OwnerPicker
        id="objective-owner"
        label="Owner"
        value={fields.owner}
        onChange={owner => setFields({ ...fields, owner })}
        required
        margin="normal"
        error={!!problem('owner')}
        helperText={describe('Owner', problem('owner')) ?? OWNER_HINT}
      />
      <TextField
        id="objective-measure"
        select
        SelectProps={{ native: true }}
        label="Measure"
        fullWidth
        margin="normal"
        value={fields.measure}
        onChange={set('measure')}
        error={!!problem('measure')}
        helperText={
          describe('Measure', problem('measure')) ??
          `${info?.description} (${
            info?.unit === '%' ? 'a percentage' : 'a count'
          })`
        }
      >
        {selectOptions(AIMS_MEASURES, MEASURE_LABELS)}
      </TextField>
      <TextField
        id="objective-direction"
        select
        SelectProps={{ native: true }}
        label="Target direction"
        fullWidth
        margin="normal"
        value={fields.direction}
        onChange={set('direction')}
        error={!!problem('target.direction')}
        helperText={describe('Target direction', problem('target.direction'))}
      >
        {selectOptions(OBJECTIVE_DIRECTIONS, DIRECTION_LABELS)}
      </TextField>
      {text(
        'value',
        'Target value',
        info?.unit === '%' ? 'A percentage, 0 to 100' : 'A whole number',
        'target.value',
        { type: 'number', required: true },
      )}
      {text('dueDate', 'Due date', '', 'dueDate', {
        type: 'date',
        required: true,
        InputLabelProps: { shrink: true },
      })}
    </FormDialog>
  );
}
