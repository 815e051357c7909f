import type {
  EntityControl,
  Evidence,
} from '@aigov/plugin-ai-governance-common';
import { getAnnexAControl } from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Checkbox from '@material-ui/core/Checkbox';
import IconButton from '@material-ui/core/IconButton';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import EditIcon from '@material-ui/icons/Edit';
import NoteAddIcon from '@material-ui/icons/NoteAdd';
import {
  type Guard,
  ControlStatusChip,
  FlagChip,
  useHighlightedRow,
  WhyDisabled,
} from '../shared';
import { ControlMappings } from './ControlMappings';
import { EvidenceLinks } from './EvidenceLinks';

const useStyles = makeStyles({
  // Both action buttons side by side, never one under the other.
  actions: { whiteSpace: 'nowrap' },
});

/** One Statement of Applicability row. */
export function ControlRow(props: {
  control: EntityControl;
  evidence?: Map<string, Evidence>;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onAddEvidence: () => void;
  canEdit: Guard;
  canAddEvidence: Guard;
}) {
  const { control: c, canEdit, canAddEvidence } = props;
  const classes = useStyles();
  const guidance = getAnnexAControl(c.controlId)?.guidance;
  const highlight = useHighlightedRow<HTMLTableRowElement>(c.controlId);
  return (
    <TableRow
      hover
      selected={props.selected}
      ref={highlight.ref}
      className={highlight.className}
      aria-current={highlight.highlighted || undefined}
    >
      <TableCell padding="checkbox">
        <WhyDisabled reason={canEdit.reason}>
          <Checkbox
            checked={props.selected}
            onChange={e => props.onSelect(e.target.checked)}
            disabled={!canEdit.allowed}
            inputProps={{ 'aria-label': `Select ${c.controlId}` }}
          />
        </WhyDisabled>
      </TableCell>
      <TableCell>
        <Typography variant="body2" component="div">
          <strong>{c.controlId}</strong> {c.title}
        </Typography>
        {guidance && (
          <Typography variant="caption" color="textSecondary">
            {guidance}
          </Typography>
        )}
        <ControlMappings controlId={c.controlId} />
      </TableCell>
      <TableCell>
        {c.applicable ? (
          <Typography variant="body2">Applicable</Typography>
        ) : (
          <FlagChip label="not applicable" />
        )}
        {c.justification && (
          <Typography variant="caption" color="textSecondary" display="block">
            {c.justification}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <ControlStatusChip status={c.status} />
      </TableCell>
      <TableCell>
        {c.owner ? (
          <EntityRefLink entityRef={c.owner} defaultKind="group" />
        ) : (
          '—'
        )}
        {/* The due date under its owner: one column fewer to fit 1280 px. */}
        <Typography variant="caption" color="textSecondary" display="block">
          {c.dueDate ? `due ${c.dueDate}` : 'no due date'}
        </Typography>
        {c.overdue && <FlagChip label="overdue" />}
      </TableCell>
      <TableCell>
        <EvidenceLinks items={c.evidence} details={props.evidence} />
      </TableCell>
      <TableCell padding="none" className={classes.actions}>
        <WhyDisabled reason={canEdit.reason}>
          <IconButton
            aria-label={`Edit ${c.controlId}`}
            onClick={props.onEdit}
            disabled={!canEdit.allowed}
          >
            <EditIcon />
          </IconButton>
        </WhyDisabled>
        <WhyDisabled reason={canAddEvidence.reason}>
          <IconButton
            aria-label={`Add evidence to ${c.controlId}`}
            onClick={props.onAddEvidence}
            disabled={!canAddEvidence.allowed}
          >
            <NoteAddIcon />
          </IconButton>
        </WhyDisabled>
      </TableCell>
    </TableRow>
  );
}
