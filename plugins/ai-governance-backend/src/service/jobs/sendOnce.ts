import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import type { NotificationService } from '@backstage/plugin-notifications-node';

/** The claim and release of a notification log (task or incident). */
export interface NotificationLog<E extends string> {
  claim(id: string, event: E, recipient: string, now: string): Promise<boolean>;
  release(id: string, event: E): Promise<void>;
}

/**
 * Sends `event` of record `id` to `recipient` unless another run already
 * claimed it: claimed before sending, so two replicas never both send, and
 * released when the send fails, so the next run tries again. True when this
 * run sent it.
 */
export async function sendOnce<E extends string>(options: {
  log: NotificationLog<E>;
  notifications: NotificationService;
  logger: LoggerService;
  /** What the record is, for the warning: `task`, `incident`. */
  what: string;
  id: string;
  event: E;
  recipient: string;
  now: Date;
  payload: () => NotificationPayload;
}): Promise<boolean> {
  const { log, id, event, recipient } = options;
  if (!(await log.claim(id, event, recipient, options.now.toISOString()))) {
    return false;
  }
  try {
    await options.notifications.send({
      recipients: { type: 'entity', entityRef: recipient },
      payload: options.payload(),
    });
    return true;
  } catch (error) {
    await log.release(id, event);
    options.logger.warn(
      `Could not send the ${event} notification of ${options.what} ${id} to ${recipient}, will try again: ${error}`,
    );
    return false;
  }
}
