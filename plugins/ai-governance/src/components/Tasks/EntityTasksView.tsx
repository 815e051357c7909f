import type { Task } from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useEntityTasks, useStableEntityRef } from '../../hooks';
import { EmptyNote, LoadError } from '../shared';
import { byUrgency } from './myTasks';
import { TaskTable } from './TaskTable';

/** Closed tasks newest closure first: the latest decision is what a reader looks for. */
const byClosedAt = (a: Task, b: Task) =>
  (b.completedAt ?? b.updatedAt).localeCompare(a.completedAt ?? a.updatedAt);

/** An AI system's tasks on its Governance tab: the open ones, overdue first, then the closed ones. */
export function EntityTasksView(props: { entityRef: CompoundEntityRef }) {
  const { entityRef } = useStableEntityRef(props.entityRef);
  const tasks = useEntityTasks(entityRef);

  if (tasks.error) {
    return (
      <LoadError
        error={tasks.error}
        what="tasks"
        of="this AI system"
        onRetry={tasks.retry}
      />
    );
  }
  if (!tasks.value) return <Progress />;
  const open = tasks.value.filter(t => t.status === 'open').sort(byUrgency);
  const closed = tasks.value.filter(t => t.status !== 'open').sort(byClosedAt);

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Typography variant="h6" component="h2">
        Open tasks
      </Typography>
      {open.length === 0 ? (
        <EmptyNote>
          No open tasks. A material change in the catalog (a model, the risk
          tier or the purpose) opens a revalidation here.
        </EmptyNote>
      ) : (
        <Paper variant="outlined">
          <TaskTable tasks={open} label="Open tasks" onChanged={tasks.retry} />
        </Paper>
      )}
      <Typography variant="h6" component="h2">
        Closed tasks
      </Typography>
      {closed.length === 0 ? (
        <EmptyNote>No task of this AI system was closed yet.</EmptyNote>
      ) : (
        <Paper variant="outlined">
          <TaskTable
            tasks={closed}
            label="Closed tasks"
            onChanged={tasks.retry}
          />
        </Paper>
      )}
    </Box>
  );
}
