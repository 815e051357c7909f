import type { Task } from '@aigov/plugin-ai-governance-common';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { myTasksRouteRef } from '../../routes';
import {
  EmptyNote,
  FlagChip,
  LoadError,
  plural,
  useOptionalRouteRef,
} from '../shared';
import { useTaskLink } from './taskLink';
import { TASK_KIND_LABELS } from './labels';
import { byUrgency, isOverdue } from './myTasks';
import { useEntityTitles } from '../../hooks';
import { useMyTasks } from './useMyTasks';

/** How many of the most urgent tasks the card lists; the page has the rest. */
const SHOWN = 5;

/** "3 open tasks, 1 overdue, 1 approval": what the card's reader acts on. */
function summary(all: Task[], approvals: number): string {
  const overdue = all.filter(isOverdue).length;
  const parts = [plural(all.length, 'open task')];
  if (overdue > 0) parts.push(`${overdue} overdue`);
  if (approvals > 0) parts.push(plural(approvals, 'approval'));
  return parts.join(', ');
}

/**
 * The body of the My tasks card: the signed-in user's and their teams' most
 * urgent open tasks and approvals, each linking to the AI system's
 * Governance tab, and a link to "My tasks" for the rest. For home-page
 * widgets, which draw the card and its title themselves.
 * @public
 */
export function MyTasksContent() {
  const { sections, error, retry } = useMyTasks();
  const myTasksPath = useOptionalRouteRef(myTasksRouteRef);
  const taskLink = useTaskLink();
  const all = sections
    ? [...sections.mine, ...sections.teams, ...sections.approvals].sort(
        byUrgency,
      )
    : [];
  const shown = all.slice(0, SHOWN);
  const titleOf = useEntityTitles(shown.map(t => t.entityRef));

  if (error) return <LoadError error={error} what="tasks" onRetry={retry} />;
  if (!sections) return <Progress />;
  if (all.length === 0) {
    return (
      <EmptyNote>
        No open tasks for you or your teams, and no approvals waiting.
      </EmptyNote>
    );
  }
  return (
    <>
      <Typography variant="body2">
        {summary(all, sections.approvals.length)}
      </Typography>
      <List dense aria-label="Most urgent tasks">
        {shown.map(task => (
          <ListItem key={task.id} disableGutters>
            <ListItemText
              primary={
                <>
                  {TASK_KIND_LABELS[task.kind] ?? task.kind}:{' '}
                  <Link to={taskLink(task)}>{titleOf(task.entityRef)}</Link>
                </>
              }
              secondary={
                <>
                  due {task.dueAt}
                  {isOverdue(task) && <FlagChip label="overdue" />}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {myTasksPath && <Link to={myTasksPath()}>All my tasks</Link>}
    </>
  );
}

/** Card with {@link MyTasksContent}, for a home page or dashboard that places cards itself. @public */
export function MyTasksCard() {
  return (
    <InfoCard title="My tasks">
      <MyTasksContent />
    </InfoCard>
  );
}
