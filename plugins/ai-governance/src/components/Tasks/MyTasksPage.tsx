import { Content, Header, Page } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { useSearchParams } from 'react-router-dom';
import { HighlightedRecordProvider } from '../shared';
import { TaskSection } from './TaskSection';
import { useMyTasks } from './useMyTasks';

/**
 * "My tasks" at `/ai-governance/tasks`: the signed-in user's open tasks,
 * their teams' and the approvals waiting for them, overdue first, each
 * completed or dismissed in place. `?record=<task id>` (the link of a task
 * notification) outlines that task.
 * @public
 */
export function MyTasksPage() {
  const { sections, error, retry } = useMyTasks();
  const common = { error, retry };
  const [params] = useSearchParams();
  return (
    <HighlightedRecordProvider record={params.get('record') ?? undefined}>
      <Page themeId="tool">
        <Header
          title="My tasks"
          subtitle="Revalidations, reviews and approvals assigned to you and your teams, overdue first"
        />
        <Content>
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <TaskSection
                {...common}
                title="My open tasks"
                subheader="Assigned to you by name"
                tasks={sections?.mine}
                empty="Nothing is assigned to you by name."
              />
            </Grid>
            <Grid item xs={12}>
              <TaskSection
                {...common}
                title="My teams' tasks"
                subheader="Assigned to a team you belong to: anyone in it may pick them up"
                tasks={sections?.teams}
                empty="Your teams have no open tasks."
              />
            </Grid>
            <Grid item xs={12}>
              <TaskSection
                {...common}
                title="Approvals"
                subheader="Assessments to approve and risk acceptances to renew or end"
                tasks={sections?.approvals}
                empty="No approvals are waiting for you."
              />
            </Grid>
          </Grid>
        </Content>
      </Page>
    </HighlightedRecordProvider>
  );
}
