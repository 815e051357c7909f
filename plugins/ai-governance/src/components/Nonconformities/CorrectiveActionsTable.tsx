import {
  CORRECTIVE_ACTION_STATUSES,
  isCorrectiveActionOverdue,
  type CorrectiveAction,
  type CorrectiveActionStatus,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import { FlagChip, plural, selectOptions, today } from '../shared';
import { ACTION_STATUS_LABELS } from './labels';

const CELL = {
  wordBreak: 'break-word' as const,
  verticalAlign: 'top' as const,
};

/** A nonconformity's corrective actions: owner and due (changeable), status (changeable) and evidence. */
export function CorrectiveActionsTable(props: {
  actions: CorrectiveAction[];
  /** Left out, the status is read-only (closed nonconformity). */
  onStatus?: (action: CorrectiveAction, status: CorrectiveActionStatus) => void;
  disabled?: boolean;
  /** Left out, the evidence is only counted. */
  onEvidence?: (action: CorrectiveAction) => void;
  /** Left out, owner and due date are read-only. */
  onEdit?: (action: CorrectiveAction) => void;
}) {
  const now = today();
  return (
    <Table
      size="small"
      aria-label="Corrective actions"
      style={{ tableLayout: 'fixed' }}
    >
      <TableHead>
        <TableRow>
          <TableCell>Action</TableCell>
          <TableCell style={{ width: '20%' }}>Owner</TableCell>
          <TableCell style={{ width: '15%' }}>Due</TableCell>
          <TableCell style={{ width: '17%' }}>Status</TableCell>
          <TableCell style={{ width: '12%' }}>Evidence</TableCell>
          {props.onEdit && (
            // The row's Edit buttons: named per action, no heading needed.
            <TableCell style={{ width: '10%' }} />
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.actions.map(action => (
          <TableRow key={action.id}>
            <TableCell style={CELL}>{action.description}</TableCell>
            <TableCell style={CELL}>
              <EntityRefLink entityRef={action.owner} defaultKind="group" />
            </TableCell>
            <TableCell style={CELL}>
              {action.dueDate}
              {isCorrectiveActionOverdue(action, now) && (
                <>
                  {' '}
                  <FlagChip label="overdue" />
                </>
              )}
            </TableCell>
            <TableCell style={CELL}>
              {props.onStatus ? (
                <TextField
                  select
                  SelectProps={{ native: true }}
                  value={action.status}
                  disabled={props.disabled}
                  inputProps={{
                    'aria-label': `Status of ${action.description}`,
                  }}
                  onChange={e =>
                    props.onStatus?.(
                      action,
                      e.target.value as CorrectiveActionStatus,
                    )
                  }
                >
                  {selectOptions(
                    CORRECTIVE_ACTION_STATUSES,
                    ACTION_STATUS_LABELS,
                  )}
                </TextField>
              ) : (
                ACTION_STATUS_LABELS[action.status]
              )}
            </TableCell>
            <TableCell style={CELL}>
              {props.onEvidence ? (
                <Link
                  component="button"
                  variant="body2"
                  aria-label={`Evidence of ${action.description}`}
                  disabled={props.disabled}
                  onClick={() => props.onEvidence?.(action)}
                >
                  {plural(action.evidenceIds.length, 'item')}
                </Link>
              ) : (
                plural(action.evidenceIds.length, 'item')
              )}
            </TableCell>
            {props.onEdit && (
              <TableCell style={CELL}>
                <Button
                  size="small"
                  aria-label={`Edit owner and due date of ${action.description}`}
                  disabled={props.disabled}
                  onClick={() => props.onEdit?.(action)}
                >
                  Edit
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
