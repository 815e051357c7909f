import { screen, waitFor, within } from '@testing-library/react';
import {
  aiSystem,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeChange, makeTask } from '../../__testUtils__/tasks';
import { GovernanceTab } from '../GovernanceTab';

jest.setTimeout(30_000);

/** The Governance tab of a fresh AI system, opened on `section`. */
async function openSection(
  section: 'Tasks' | 'Changes',
  api = createMockAiGovernanceApi(),
  name = 'tasks-system',
) {
  const user = setupUser();
  await renderWithApis(<GovernanceTab />, { api, entity: aiSystem(name) });
  await user.click(screen.getByRole('tab', { name: section }));
  return user;
}

describe('the Governance tab Tasks section', () => {
  it('lists open tasks overdue first, then closed ones with their outcome', async () => {
    const api = createMockAiGovernanceApi({
      listEntityTasks: async () => ({
        items: [
          makeTask({ kind: 'reassessment', dueAt: '2099-05-01' }),
          makeTask({ dueAt: '2020-02-01' }),
          makeTask({
            kind: 'bias-review',
            status: 'done',
            outcome: 'No disparity above 2 %',
            completedBy: 'user:default/alice',
            completedAt: '2026-01-05T10:00:00.000Z',
          }),
        ],
      }),
    });
    await openSection('Tasks', api, 'tasks-list');

    const open = await screen.findByRole('table', { name: 'Open tasks' });
    const [, first, second] = within(open).getAllByRole('row');
    expect(first).toHaveTextContent('2020-02-01overdue');
    expect(first).toHaveTextContent('Revalidate the AI system');
    expect(second).toHaveTextContent('Reassess the risk register');
    const closed = screen.getByRole('table', { name: 'Closed tasks' });
    expect(closed).toHaveTextContent(
      'alice, 2026-01-05: No disparity above 2 %',
    );
    expect(within(closed).queryByRole('button')).not.toBeInTheDocument();
  });

  it('refuses to dismiss without a reason, then dismisses with one', async () => {
    const task = makeTask({
      entityRef: 'aisystem:default/tasks-dismiss',
      version: 5,
    });
    const api = createMockAiGovernanceApi({
      listEntityTasks: async () => ({ items: [task] }),
    });
    api.dismissTask.mockResolvedValue({ ...task, status: 'dismissed' });
    const user = await openSection('Tasks', api, 'tasks-dismiss');

    await user.click(
      await screen.findByRole('button', { name: /^Dismiss Revalidate/ }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Dismiss task' }));
    expect(dialog.getByLabelText(/Reason/)).toHaveAccessibleDescription(
      'Reason must not be empty',
    );
    expect(api.dismissTask).not.toHaveBeenCalled();

    await user.type(dialog.getByLabelText(/Reason/), 'Only the docs changed');
    await user.click(dialog.getByRole('button', { name: 'Dismiss task' }));
    await waitFor(() =>
      expect(api.dismissTask).toHaveBeenCalledWith(
        task.id,
        5,
        'Only the docs changed',
      ),
    );
    expect(api.listEntityTasks.mock.calls.length).toBeGreaterThan(1);
  });

  it('says what opens a task when there is none', async () => {
    await openSection('Tasks', undefined, 'tasks-empty');
    expect(await screen.findByText(/No open tasks\./)).toBeInTheDocument();
    expect(
      screen.getByText('No task of this AI system was closed yet.'),
    ).toBeInTheDocument();
  });

  it('shows the change log in the Changes section', async () => {
    const api = createMockAiGovernanceApi({
      listChanges: async () => ({ items: [makeChange()] }),
    });
    await openSection('Changes', api, 'tasks-changes');
    expect(
      await screen.findByRole('table', { name: 'Change log' }),
    ).toHaveTextContent('Model credit-pd: version changed');
  });
});
