import { RISK_LEVELS, RISK_STATUSES } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import type { RiskFilterState } from './filters';

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
      <TextField
        id="risk-register-level"
        select
        label="Level"
        value={filters.level}
        onChange={e =>
          set({ level: e.target.value as RiskFilterState['level'] })
        }
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        <option value="">All levels</option>
        {RISK_LEVELS.map(level => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </TextField>
      <TextField
        id="risk-register-status"
        select
        label="Status"
        value={filters.status}
        onChange={e =>
          set({ status: e.target.value as RiskFilterState['status'] })
        }
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        <option value="">All statuses</option>
        {RISK_STATUSES.map(status => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </TextField>
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
