import { mockServices } from '@backstage/backend-test-utils';
import type { SchedulerService } from '@backstage/backend-plugin-api';
import {
  openDocumentReviews,
  scheduleDocumentReviews,
} from './documentReviews';
import {
  openTrainingRenewals,
  scheduleTrainingRenewals,
} from './trainingRenewals';

/*
 * The two jobs that open tasks falling due (document reviews, training
 * renewals), without a database: what they schedule, and what a run logs.
 */
function services(opened: number) {
  const scheduleTask = jest.fn();
  const logger = mockServices.logger.mock();
  const open = jest.fn(async () => ({ opened }));
  return {
    scheduleTask,
    logger,
    open,
    options: {
      scheduler: { scheduleTask } as unknown as SchedulerService,
      logger,
      policies: { openDueReviews: open } as never,
      training: { openRenewals: open } as never,
    },
  };
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
    const { scheduleTask, open, options } = services(0);
    await schedule(options);
    expect(scheduleTask).toHaveBeenCalledTimes(1);
    const [task] = scheduleTask.mock.calls[0];
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
