import type { Risk } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import Alert from '@material-ui/lab/Alert';
import { ReasonButton } from '../shared';

/**
 * Says how many risks a template proposed and that they count nowhere yet,
 * with the bulk decisions for the ticked ones.
 */
export function ProposedRisksBar(props: {
  proposed: Risk[];
  selected: string[];
  /** Why deciding is not possible now (no permission, a decision running). */
  disabledReason?: string;
  onConfirm: (risks: Risk[]) => void;
  onDismiss: (risks: Risk[]) => void;
  /** Ticks these proposed risks (all or none, from the bar's box). */
  onSelect: (ids: string[]) => void;
}) {
  const { proposed, selected } = props;
  if (proposed.length === 0) return null;
  const ticked = proposed.filter(r => selected.includes(r.id));
  const noneTicked =
    ticked.length === 0 ? 'Tick proposed risks first' : undefined;
  const reason = props.disabledReason ?? noneTicked;
  return (
    <Alert
      severity="info"
      action={
        <Box display="flex" gridGap={8} alignItems="center">
          <Checkbox
            size="small"
            inputProps={{ 'aria-label': 'Select all proposed risks' }}
            checked={ticked.length === proposed.length}
            indeterminate={ticked.length > 0 && ticked.length < proposed.length}
            onChange={e =>
              props.onSelect(e.target.checked ? proposed.map(r => r.id) : [])
            }
          />
          <ReasonButton
            size="small"
            variant="outlined"
            color="primary"
            disabledReason={reason}
            onClick={() => props.onConfirm(ticked)}
          >
            Confirm selected
          </ReasonButton>
          <ReasonButton
            size="small"
            variant="outlined"
            disabledReason={reason}
            onClick={() => props.onDismiss(ticked)}
          >
            Dismiss selected
          </ReasonButton>
        </Box>
      }
    >
      {proposed.length === 1
        ? '1 risk was proposed by a template'
        : `${proposed.length} risks were proposed by a template`}
      : {proposed.length === 1 ? 'it counts' : 'they count'} on no scorecard
      until confirmed.
      {ticked.length > 0 && ` ${ticked.length} selected.`}
    </Alert>
  );
}
