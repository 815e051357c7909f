import { makeTask } from '../../__testUtils__/tasks';
import { splitMyTasks } from './myTasks';

describe('splitMyTasks', () => {
  it('puts approvals apart, then what names the user, then their teams', () => {
    const approval = makeTask({
      kind: 'acceptance-expiry',
      assignee: 'user:default/guest',
    });
    const mine = makeTask({ assignee: 'User:default/Guest' });
    const team = makeTask({ assignee: 'group:default/lending' });
    const unassigned = makeTask({ assignee: null });

    expect(
      splitMyTasks([approval, mine, team, unassigned], 'user:default/guest'),
    ).toEqual({
      mine: [mine],
      teams: [team, unassigned],
      approvals: [approval],
    });
  });

  it('orders each section by due date, overdue first, the oldest first on a tie', () => {
    const later = makeTask({ dueAt: '2099-06-01' });
    const overdue = makeTask({ dueAt: '2020-06-01' });
    const sameDayNewer = makeTask({
      dueAt: '2099-06-01',
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    const sameDayOlder = makeTask({
      dueAt: '2099-06-01',
      createdAt: '2025-03-01T00:00:00.000Z',
    });

    expect(
      splitMyTasks([later, sameDayNewer, overdue, sameDayOlder], 'user:x/y')
        .teams,
    ).toEqual([overdue, sameDayOlder, later, sameDayNewer]);
  });
});
