import { mockServices } from '@backstage/backend-test-utils';
import type { SchedulerService } from '@backstage/backend-plugin-api';
import { DEFAULT_TASK_SCHEDULE } from '../reviewSchedule';
import {
  openDocumentReviews,
  scheduleDocumentReviews,
} from './documentReviews';
import { openReviewTasks, scheduleReviewTasks } from './reviews';
import {
  openTrainingRenewals,
  scheduleTrainingRenewals,
} from './trainingRenewals';

/*
 * The jobs that open tasks falling due (document reviews, training
 * renewals, scheduled review tasks), without a database: what they
 * schedule, and what a run logs.
 */
function services(opened: number, completed = 0) {
  const scheduleTask = jest.fn();
  const logger = mockServices.logger.mock();
  const open = jest.fn(async () => ({ opened }));
  const openScheduled = jest.fn(async () => ({ opened, completed }));
  return {
    scheduleTask,
    logger,
    open,
    openScheduled,
    options: {
      scheduler: { scheduleTask } as unknown as SchedulerService,
      logger,
      policies: { openDueReviews: open } as never,
      training: { openRenewals: open } as never,
      tasks: { openScheduled } as never,
      settings: DEFAULT_TASK_SCHEDULE,
      governanceOffice: 'group:default/governance-office',
    },
  };
}

/** The one task `schedule` scheduled, and the services it runs on. */
async function scheduled(
  schedule: (options: ReturnType<typeof services>['options']) => Promise<void>,
) {
  const job = services(0);
  await schedule(job.options);
  expect(job.scheduleTask).toHaveBeenCalledTimes(1);
  const [task] = job.scheduleTask.mock.calls[0];
  return { ...job, task };
}

describe.each([
  [
    'document reviews',
    openDocumentReviews,
    scheduleDocumentReviews,
    'ai-governance-document-reviews',
    { hours: 6 },
    'Opened 2 review tasks of policies and procedures due within 30 days',
  ],
  [
    'training renewals',
    openTrainingRenewals,
    scheduleTrainingRenewals,
    'ai-governance-training-renewals',
    { hours: 24 },
    'Opened 2 training renewal tasks for completions expiring within 30 days',
  ],
])('the %s job', (_name, run, schedule, id, frequency, line) => {
  it('is scheduled once across replicas, and each run opens the due tasks', async () => {
    const { task, open } = await scheduled(schedule);
    expect(task).toMatchObject({
      id,
      frequency,
      timeout: { minutes: 15 },
      scope: 'global',
    });
    await task.fn();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('logs how many tasks a run opened, and nothing when it opened none', async () => {
    const opening = services(2);
    expect(await run(opening.options)).toEqual({ opened: 2 });
    expect(opening.logger.info).toHaveBeenCalledWith(line);

    const idle = services(0);
    expect(await run(idle.options)).toEqual({ opened: 0 });
    expect(idle.logger.info).not.toHaveBeenCalled();
  });
});

describe('the review tasks job', () => {
  it('is scheduled hourly once across replicas, and each run opens the due tasks', async () => {
    const { task, openScheduled } = await scheduled(scheduleReviewTasks);
    expect(task).toMatchObject({
      id: 'ai-governance-review-tasks',
      frequency: { hours: 1 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 2 },
      scope: 'global',
    });
    await task.fn();
    expect(openScheduled).toHaveBeenCalledWith(
      DEFAULT_TASK_SCHEDULE,
      'group:default/governance-office',
    );
  });

  it('logs a run that opened or completed tasks, and nothing when it did neither', async () => {
    const completing = services(0, 3);
    expect(await openReviewTasks(completing.options)).toEqual({
      opened: 0,
      completed: 3,
    });
    expect(completing.logger.info).toHaveBeenCalledWith(
      'Opened 0 scheduled review, expiry and approval tasks; completed 3 approval tasks of approved assessments',
    );

    const idle = services(0);
    expect(await openReviewTasks(idle.options)).toEqual({
      opened: 0,
      completed: 0,
    });
    expect(idle.logger.info).not.toHaveBeenCalled();
  });
});
