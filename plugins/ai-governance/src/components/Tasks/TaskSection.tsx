import type { ReactNode } from 'react';
import type { Task } from '@aigov/plugin-ai-governance-common';
import { InfoCard, Progress } from '@backstage/core-components';
import { EmptyNote, LoadError } from '../shared';
import { TaskTable } from './TaskTable';

/** One section of "My tasks": its tasks across AI systems, or why there are none. */
export function TaskSection(props: {
  title: string;
  subheader: string;
  tasks?: Task[];
  error?: Error;
  retry: () => void;
  empty: ReactNode;
}) {
  const { title, tasks, error, retry } = props;
  let body;
  if (error) {
    body = <LoadError error={error} what="tasks" onRetry={retry} />;
  } else if (!tasks) {
    body = <Progress />;
  } else if (tasks.length === 0) {
    body = <EmptyNote>{props.empty}</EmptyNote>;
  } else {
    body = (
      <TaskTable tasks={tasks} label={title} showEntity onChanged={retry} />
    );
  }
  return (
    <InfoCard title={title} subheader={props.subheader}>
      {body}
    </InfoCard>
  );
}
