import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type {
  NotifiableTask,
  NotificationLogStore,
  PendingQuery,
  TaskNotificationEvent,
} from '../database/NotificationLogStore';
import type { Entity, EntityRelation } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  catalogParentOf,
  readTaskNotificationSettings,
  runTaskNotifications,
  type TaskNotificationSettings,
} from './jobs/taskNotifications';
import { escalationTarget, taskLink } from './taskNotifications';

const OFFICE = 'group:default/ai-governance-office';
const TODAY = '2026-12-20';

const task = (
  id: string,
  dueAt: string,
  assignee: string | null = 'group:default/lending',
): NotifiableTask => ({
  id,
  entityRef: 'aisystem:default/credit-scoring',
  kind: 'revalidation',
  assignee,
  dueAt,
  entityTitle: 'Credit scoring',
});

/** The log as the database keeps it, in memory: open tasks and what was sent. */
function memoryLog(tasks: NotifiableTask[]): NotificationLogStore {
  const sent = new Set<string>();
  return {
    async pending({ event, dueBy }: PendingQuery) {
      return tasks.filter(
        t => !sent.has(`${t.id}:${event}`) && (!dueBy || t.dueAt <= dueBy),
      );
    },
    async claim(taskId: string, event: TaskNotificationEvent) {
      const key = `${taskId}:${event}`;
      if (sent.has(key)) return false;
      sent.add(key);
      return true;
    },
    async release(taskId: string, event: TaskNotificationEvent) {
      sent.delete(`${taskId}:${event}`);
    },
  };
}

const parents: Record<string, string> = {
  'group:default/lending': 'group:default/risk',
};
const parentOf = async (group: string) => parents[group] ?? null;

const settings = (
  enabled: Partial<TaskNotificationSettings['enabled']> = {},
) => ({
  escalateAfterDays: 7,
  enabled: { opened: true, due: true, escalated: true, ...enabled },
  governanceOffice: OFFICE,
});

function run(
  log: NotificationLogStore,
  enabled?: Partial<TaskNotificationSettings['enabled']>,
  send: NotificationService['send'] = jest.fn(async () => {}),
) {
  const notifications = { send } as unknown as NotificationService;
  return {
    send: send as jest.Mock,
    result: runTaskNotifications({
      log,
      notifications,
      parentOf,
      settings: settings(enabled),
      logger: mockServices.logger.mock(),
      clock: () => new Date(`${TODAY}T09:00:00.000Z`),
    }),
  };
}

/** What was sent, as [recipient, scope] pairs. */
const sentTo = (send: jest.Mock) =>
  send.mock.calls.map(([n]) => [n.recipients.entityRef, n.payload.scope]);

describe('task notifications', () => {
  it('tells the assignee of a new task once, normal severity, with a link to it on My tasks', async () => {
    const log = memoryLog([task('t1', '2027-01-19')]);
    const first = run(log);
    expect(await first.result).toEqual({ opened: 1, due: 0, escalated: 0 });
    expect(first.send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/lending' },
      payload: {
        title: 'New task: Revalidation of Credit scoring',
        description: 'Assigned to group:default/lending, due 2027-01-19.',
        link: '/ai-governance/tasks?record=t1',
        severity: 'normal',
        topic: 'AI governance tasks',
        scope: 'ai-governance:task:t1:opened',
      },
    });
    const again = run(log);
    expect(await again.result).toEqual({ opened: 0, due: 0, escalated: 0 });
    expect(again.send).not.toHaveBeenCalled();
  });

  it('tells the assignee of a task due today at high severity, and escalates one a week overdue to the parent group as critical', async () => {
    const { send, result } = run(
      memoryLog([task('today', TODAY), task('late', '2026-12-13')]),
    );
    await result;
    expect(sentTo(send)).toEqual([
      ['group:default/lending', 'ai-governance:task:today:opened'],
      ['group:default/lending', 'ai-governance:task:late:opened'],
      ['group:default/lending', 'ai-governance:task:today:due'],
      ['group:default/lending', 'ai-governance:task:late:due'],
      ['group:default/risk', 'ai-governance:task:late:escalated'],
    ]);
    const escalation = send.mock.calls[4][0].payload;
    expect(escalation).toMatchObject({
      title: 'Overdue task escalated: Revalidation of Credit scoring',
      severity: 'critical',
      link: '/catalog/default/aisystem/credit-scoring/governance?section=tasks&record=late',
    });
    expect(escalation.description).toBe(
      'Due 2026-12-13, 7 days overdue and still open; assigned to group:default/lending, escalated to group:default/risk.',
    );
    expect(send.mock.calls[2][0].payload.severity).toBe('high');
  });

  it('does not escalate a task overdue by less than the configured days', async () => {
    const { send, result } = run(memoryLog([task('t', '2026-12-14')]), {
      opened: false,
      due: false,
    });
    expect(await result).toEqual({ opened: 0, due: 0, escalated: 0 });
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    ['opened', 'ai-governance:task:t:opened'],
    ['due', 'ai-governance:task:t:due'],
    ['escalated', 'ai-governance:task:t:escalated'],
  ] as const)(
    'sends nothing of a kind turned off (%s), and the rest as usual',
    async (off, scope) => {
      const { send, result } = run(memoryLog([task('t', '2026-12-01')]), {
        [off]: false,
      });
      await result;
      const scopes = sentTo(send).map(([, s]) => s);
      expect(scopes).toHaveLength(2);
      expect(scopes).not.toContain(scope);
    },
  );

  it('sends to the governance office what has no assignee', async () => {
    const { send, result } = run(memoryLog([task('t', '2026-12-01', null)]));
    await result;
    expect(sentTo(send).map(([to]) => to)).toEqual([OFFICE, OFFICE, OFFICE]);
  });

  it('tries a notification that failed to send again on the next run', async () => {
    const log = memoryLog([task('t', '2027-01-19')]);
    const failing = run(
      log,
      {},
      jest.fn(async () => {
        throw new Error('notifications backend unavailable');
      }),
    );
    expect(await failing.result).toEqual({ opened: 0, due: 0, escalated: 0 });
    const next = run(log);
    expect(await next.result).toEqual({ opened: 1, due: 0, escalated: 0 });
  });

  it('escalates to the parent group, or to the governance office for a root group, a user or no one', async () => {
    expect(
      await escalationTarget('group:default/lending', parentOf, OFFICE),
    ).toBe('group:default/risk');
    expect(await escalationTarget('group:default/risk', parentOf, OFFICE)).toBe(
      OFFICE,
    );
    expect(await escalationTarget('user:default/alice', parentOf, OFFICE)).toBe(
      OFFICE,
    );
    expect(await escalationTarget(null, parentOf, OFFICE)).toBe(OFFICE);
  });

  it('links an escalation to the Governance tab of the entity in its own namespace', () => {
    const ab = { id: 'a b', entityRef: 'aisystem:finance/credit-scoring' };
    expect(taskLink(ab, 'escalated')).toBe(
      '/catalog/finance/aisystem/credit-scoring/governance?section=tasks&record=a%20b',
    );
    expect(taskLink(ab, 'due')).toBe('/ai-governance/tasks?record=a%20b');
  });

  it('finds the parent group through the catalog: its childOf relation, or spec.parent', async () => {
    const group = (
      name: string,
      spec: object,
      relations?: EntityRelation[],
    ): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type: 'team', children: [], ...spec },
      ...(relations ? { relations } : {}),
    });
    const parent = catalogParentOf(
      catalogServiceMock({
        entities: [
          group('lending', {}, [
            { type: 'childOf', targetRef: 'group:default/risk' },
          ]),
          group('payments', { parent: 'risk' }),
          group('risk', {}),
        ],
      }),
      mockServices.auth(),
    );
    expect(await parent('group:default/lending')).toBe('group:default/risk');
    expect(await parent('group:default/payments')).toBe('group:default/risk');
    expect(await parent('group:default/risk')).toBeNull();
    expect(await parent('group:default/gone')).toBeNull();
  });

  it('reads each kind switched off from config, defaults on, and refuses a bad escalation delay', () => {
    const read = (notifications: object) =>
      readTaskNotificationSettings(
        new ConfigReader({ aiGovernance: { notifications } }),
      );
    expect(read({})).toEqual({
      frequencyMinutes: 5,
      escalateAfterDays: 7,
      enabled: { opened: true, due: true, escalated: true },
      governanceOffice: OFFICE,
    });
    expect(
      read({
        taskOpened: { enabled: false },
        taskDue: { enabled: false },
        taskEscalation: { enabled: false },
      }).enabled,
    ).toEqual({ opened: false, due: false, escalated: false });
    expect(() => read({ escalateAfterDays: 0.5 })).toThrow(
      'aiGovernance.notifications.escalateAfterDays must be a whole number of days, 1 or more, got 0.5',
    );
    expect(() => read({ frequencyMinutes: 0 })).toThrow(
      'aiGovernance.notifications.frequencyMinutes must be more than 0',
    );
  });
});
