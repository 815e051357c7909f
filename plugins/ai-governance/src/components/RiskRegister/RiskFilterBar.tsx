import { RISK_LEVELS, RISK_STATUSES } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import { selectOptions } from '../shared';
import type { RiskFilterState } from './filters';

// The filters that pick one value of a field, or all of them with "".
const SELECT_FILTERS = [
  { field: 'level', label: 'Level', all: 'All levels', values: RISK_LEVELS },
  {
    field: 'status',
    label: 'Status',
    all: 'All statuses',
    values: RISK_STATUSES,
  },
] as const;

/** Search, level and status filters, and the heat-map cell the table is narrowed to. */
export function RiskFilterBar(props: {
  filters: RiskFilterState;
  onChange: (filters: RiskFilterState) => void;
}) {
  const { filters, onChange } = props;
  const set = (patch: Partial<RiskFilterState>) =>
    onChange({ ...filters, ...patch });
  const cell = filters.cell;
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={16}>
      <TextField
        id="risk-register-search"
        label="Search risks"
        type="search"
        value={filters.search}
        onChange={e => set({ search: e.target.value })}
      />
      {SELECT_FILTERS.map(f => (
        <TextField
          key={f.field}
          id={`risk-register-${f.field}`}
          select
          label={f.label}
          value={filters[f.field]}
          onChange={e => set({ [f.field]: e.target.value })}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
        >
          <option value="">{f.all}</option>
          {selectOptions(f.values)}
        </TextField>
      ))}
      {cell && (
        <Chip
          color="primary"
          label={`Clear filter: ${cell.kind} likelihood ${cell.likelihood}, impact ${cell.impact}`}
          onClick={() => set({ cell: null })}
          onDelete={() => set({ cell: null })}
        />
      )}
    </Box>
  );
}
