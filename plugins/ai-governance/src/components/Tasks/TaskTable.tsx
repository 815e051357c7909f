import { useState } from 'react';
import type { Task } from '@aigov/plugin-ai-governance-common';
import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { FlagChip, HighlightableRow, dateOnly } from '../shared';
import { CompleteTaskDialog } from './CompleteTaskDialog';
import { DismissTaskDialog } from './DismissTaskDialog';
import { useTaskLink } from './taskLink';
import { TASK_KIND_LABELS, TASK_STATUS_LABELS } from './labels';
import { isOverdue } from './myTasks';
import { type TaskAction, TaskActions } from './TaskActions';
import { shortName, useEntityTitles } from '../../hooks';

const useStyles = makeStyles({
  // Fixed layout with wrapping text keeps the table inside the page at 1280 px.
  table: { tableLayout: 'fixed', width: '100%' },
  due: { width: '9rem' },
  actions: { width: '12rem' },
  wrap: { overflowWrap: 'anywhere' },
});

/** Who closed the task and what they said, under its status. */
function Closure(props: { task: Task }) {
  const { task } = props;
  if (task.status === 'open') return null;
  const said = task.status === 'done' ? task.outcome : task.dismissReason;
  return (
    <Typography variant="caption" color="textSecondary" display="block">
      {task.completedBy ? shortName(task.completedBy) : '—'}
      {task.completedAt ? `, ${dateOnly(task.completedAt)}` : ''}
      {said ? `: ${said}` : ''}
      {task.evidenceIds.length > 0 &&
        ` (${task.evidenceIds.length} evidence linked)`}
    </Typography>
  );
}

/**
 * Tasks as given (callers sort them), each with Complete and Dismiss in
 * place. With `showEntity` a column names the AI system and links to its
 * Governance tab, for lists that span systems.
 */
export function TaskTable(props: {
  tasks: Task[];
  /** What the table is, for assistive tech. */
  label: string;
  showEntity?: boolean;
  /** Called once a task was closed here, or turned out closed meanwhile: load the tasks again. */
  onChanged: () => void;
}) {
  const { tasks, label, showEntity, onChanged } = props;
  const classes = useStyles();
  const taskLink = useTaskLink();
  const titleOf = useEntityTitles(
    showEntity ? tasks.map(t => t.entityRef) : [],
  );
  const [closing, setClosing] = useState<{ task: Task; action: TaskAction }>();

  const saved = () => {
    setClosing(undefined);
    onChanged();
  };
  const closed = (stale: boolean) => {
    setClosing(undefined);
    if (stale) onChanged();
  };

  return (
    <>
      <Table size="small" aria-label={label} className={classes.table}>
        <TableHead>
          <TableRow>
            <TableCell className={classes.due}>Due</TableCell>
            <TableCell>Task</TableCell>
            {showEntity && <TableCell>AI system</TableCell>}
            <TableCell>Assigned to</TableCell>
            <TableCell>Status</TableCell>
            <TableCell className={classes.actions}>Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tasks.map(task => (
            <HighlightableRow key={task.id} recordId={task.id}>
              <TableCell>
                <Box component="span" whiteSpace="nowrap">
                  {task.dueAt}
                </Box>
                {isOverdue(task) && <FlagChip label="overdue" />}
              </TableCell>
              <TableCell className={classes.wrap}>
                {TASK_KIND_LABELS[task.kind] ?? task.kind}
                {task.controlIds.length > 0 && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    Controls {task.controlIds.join(', ')}
                  </Typography>
                )}
              </TableCell>
              {showEntity && (
                <TableCell className={classes.wrap}>
                  {/* The task is done on the system's Governance tab. */}
                  <Link to={taskLink(task)}>{titleOf(task.entityRef)}</Link>
                </TableCell>
              )}
              <TableCell className={classes.wrap}>
                {task.assignee ? shortName(task.assignee) : 'No one'}
              </TableCell>
              <TableCell className={classes.wrap}>
                {TASK_STATUS_LABELS[task.status]}
                <Closure task={task} />
              </TableCell>
              <TableCell>
                <TaskActions
                  task={task}
                  onAction={(t, action) => setClosing({ task: t, action })}
                />
              </TableCell>
            </HighlightableRow>
          ))}
        </TableBody>
      </Table>
      {closing?.action === 'complete' && (
        <CompleteTaskDialog
          task={closing.task}
          onClose={closed}
          onSaved={saved}
        />
      )}
      {closing?.action === 'dismiss' && (
        <DismissTaskDialog
          task={closing.task}
          onClose={closed}
          onSaved={saved}
        />
      )}
    </>
  );
}
