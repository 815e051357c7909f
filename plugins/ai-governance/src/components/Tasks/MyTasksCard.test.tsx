import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import { screen, within } from '@testing-library/react';
import { createMockAiGovernanceApi, renderWithApis } from '../../__testUtils__';
import { makeTask } from '../../__testUtils__/tasks';
import { MyTasksCard } from './MyTasksCard';

describe('MyTasksCard', () => {
  it('counts the open, overdue and approval tasks and lists the most urgent first', async () => {
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({
        items: [
          makeTask({ kind: 'risk-review', dueAt: '2099-01-01' }),
          makeTask({ kind: 'assessment-approval', dueAt: '2099-02-01' }),
          makeTask({ dueAt: '2020-03-01' }),
        ],
      }),
    });
    await renderWithApis(<MyTasksCard />, { api });

    expect(
      await screen.findByText('3 open tasks, 1 overdue, 1 approval'),
    ).toBeInTheDocument();
    const items = within(
      screen.getByRole('list', { name: 'Most urgent tasks' }),
    ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Revalidate the AI system: credit-scoringdue 2020-03-01overdue',
    );
    expect(
      within(items[0]).getByRole('link', { name: 'credit-scoring' }),
    ).toHaveAttribute(
      'href',
      // The Tasks section of the system's Governance tab, at this task.
      expect.stringMatching(
        /^\/catalog\/default\/aisystem\/credit-scoring\/governance\?section=tasks&record=[0-9a-f-]{36}$/,
      ),
    );
    expect(screen.getByRole('link', { name: 'All my tasks' })).toHaveAttribute(
      'href',
      '/ai-governance/tasks',
    );
  });

  it("links a person's training renewal to where it is done, not to a Governance tab", async () => {
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({
        items: [
          makeTask({
            kind: 'training-renewal',
            entityRef: 'user:default/guest',
            assignee: 'user:default/guest',
            cause: { type: 'training', id: 'r1' },
            controlIds: [],
          }),
        ],
      }),
    });
    await renderWithApis(<MyTasksCard />, { api });
    const [item] = within(
      await screen.findByRole('list', { name: 'Most urgent tasks' }),
    ).getAllByRole('listitem');
    expect(item).toHaveTextContent('Renew your training: guest');
    // The test app does not mount the Training page: the person's page.
    expect(within(item).getByRole('link', { name: 'guest' })).toHaveAttribute(
      'href',
      '/catalog/default/user/guest',
    );
  });

  it("links the management system's tasks to the page where they are done", async () => {
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({
        items: [
          makeTask({
            kind: 'document-review',
            entityRef: AIMS_ENTITY_REF,
            assignee: 'group:default/ai-governance-office',
            cause: { type: 'document', id: 'doc-1' },
            controlIds: [],
          }),
          makeTask({
            kind: 'review-action',
            entityRef: AIMS_ENTITY_REF,
            assignee: 'user:default/guest',
            cause: { type: 'aims-review', id: 'review-1' },
            controlIds: [],
          }),
        ],
      }),
    });
    await renderWithApis(<MyTasksCard />, { api });
    const items = within(
      await screen.findByRole('list', { name: 'Most urgent tasks' }),
    ).getAllByRole('listitem');
    const hrefs = items.map(item =>
      within(item)
        .getByRole('link', { name: 'Management system' })
        .getAttribute('href'),
    );
    expect(hrefs.sort()).toEqual([
      '/ai-governance/aims/policies?document=doc-1',
      '/ai-governance/aims/reviews?review=review-1',
    ]);
  });

  it('says when nothing is waiting', async () => {
    await renderWithApis(<MyTasksCard />);
    expect(
      await screen.findByText(
        'No open tasks for you or your teams, and no approvals waiting.',
      ),
    ).toBeInTheDocument();
  });
});
