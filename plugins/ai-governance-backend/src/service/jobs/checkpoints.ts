import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { isError } from '@backstage/errors';
import type { CheckpointService } from '../CheckpointService';
import { readCheckpointSettings } from '../checkpoints/config';

/** What the checkpoint schedule needs. */
export interface CheckpointJobOptions {
  checkpoints: CheckpointService;
  scheduler: SchedulerService;
  config: Config;
  logger: LoggerService;
}

/**
 * Gives the checkpoint service its keys and sink from
 * `aiGovernance.integrity.checkpoints` (a key that is set but unusable fails
 * the start; none is a warning), and signs the chain's head every
 * `frequency` minutes. The task is global, so one replica signs at a time,
 * and the store's writers' lock and key on `seq` keep a head to one
 * checkpoint even then.
 */
export async function scheduleCheckpoints(options: CheckpointJobOptions) {
  const { checkpoints, logger } = options;
  const settings = readCheckpointSettings(options.config, logger);
  checkpoints.configure(settings);
  await options.scheduler.scheduleTask({
    id: 'ai-governance-history-checkpoint',
    frequency: { minutes: settings.frequencyMinutes },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 30 },
    scope: 'global',
    fn: async () => {
      // Without a key the start already warned; nothing to sign with.
      if (!checkpoints.canSign) return;
      try {
        const { created, checkpoint } = await checkpoints.create();
        if (created) {
          logger.info(
            `Signed checkpoint of history event ${checkpoint.seq} with key ${checkpoint.keyId}`,
          );
        }
      } catch (error) {
        // An empty history has nothing to sign yet.
        if (isError(error) && error.name === 'ConflictError') return;
        throw error;
      }
    },
  });
}
