import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import {
  aiSystem,
  apiError,
  createMockAiGovernanceApi,
  makeEvidence,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeTask } from '../../__testUtils__/tasks';
import { MyTasksPage } from './MyTasksPage';

jest.setTimeout(30_000);

const ME = 'user:default/guest';
// The API accepts evidence by the uuid it gave it.
const EVIDENCE_1 = '00000000-0000-4000-a000-000000000001';
const EVIDENCE_2 = '00000000-0000-4000-a000-000000000002';

const table = (name: string) => screen.findByRole('table', { name });
/** The text of each body row of a table, top to bottom. */
const rowTexts = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .slice(1)
    .map(r => r.textContent);

describe('MyTasksPage', () => {
  it("offers no Complete or Dismiss for the management system's tasks, which are done on their page", async () => {
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({
        items: [
          makeTask({ assignee: ME }),
          makeTask({
            kind: 'document-review',
            entityRef: AIMS_ENTITY_REF,
            assignee: ME,
            cause: { type: 'document', id: 'doc-1' },
            controlIds: [],
          }),
        ],
      }),
    });
    await renderWithApis(<MyTasksPage />, { api });
    const mine = await table('My open tasks');
    const [, revalidation, review] = within(mine).getAllByRole('row');
    await waitFor(() =>
      expect(
        within(review).getByRole('link', { name: 'Management system' }),
      ).toHaveAttribute('href', '/ai-governance/aims/policies?document=doc-1'),
    );
    expect(within(review).queryByRole('button')).toBeNull();
    expect(
      within(revalidation).getByRole('button', { name: /^Complete/ }),
    ).toBeInTheDocument();
  });

  it("splits the inbox into mine, my teams' and approvals, overdue first", async () => {
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({
        items: [
          makeTask({
            kind: 'risk-review',
            assignee: ME,
            entityRef: 'aisystem:default/fraud',
            dueAt: '2099-03-01',
          }),
          makeTask({ assignee: ME, dueAt: '2020-01-15' }),
          makeTask({ kind: 'drift-review', assignee: 'group:default/lending' }),
          makeTask({ kind: 'assessment-approval', assignee: ME }),
        ],
      }),
    });
    await renderWithApis(<MyTasksPage />, {
      api,
      catalogEntities: [
        aiSystem('credit-scoring', { title: 'Credit scoring' }),
      ],
    });

    const mine = await table('My open tasks');
    await waitFor(() =>
      expect(rowTexts(mine)).toEqual([
        expect.stringMatching(/^2020-01-15overdueRevalidate.*Credit scoring/),
        expect.stringMatching(/^2099-03-01Review the risks.*fraud/),
      ]),
    );
    expect(
      within(mine).getByRole('link', { name: 'Credit scoring' }),
    ).toHaveAttribute(
      'href',
      // The Tasks section of the system's Governance tab, at this task.
      expect.stringMatching(
        /^\/catalog\/default\/aisystem\/credit-scoring\/governance\?section=tasks&record=[0-9a-f-]{36}$/,
      ),
    );
    expect(rowTexts(await table("My teams' tasks"))).toEqual([
      expect.stringContaining('Review for drift'),
    ]);
    expect(rowTexts(await table('Approvals'))).toEqual([
      expect.stringContaining('Approve an assessment'),
    ]);
    expect(api.listTasks).toHaveBeenCalledWith(
      expect.objectContaining({ assignee: 'me', status: 'open' }),
    );
  });

  it('outlines the task a notification links to (?record=)', async () => {
    const pointed = makeTask({ assignee: ME, dueAt: '2099-01-01' });
    const other = makeTask({ assignee: ME, dueAt: '2099-02-01' });
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({ items: [pointed, other] }),
    });
    await renderWithApis(<MyTasksPage />, {
      api,
      path: `/ai-governance/tasks?record=${pointed.id}`,
    });
    const rows = within(await table('My open tasks')).getAllByRole('row');
    expect(rows[1]).toHaveAttribute('aria-current', 'true');
    expect(rows[2]).not.toHaveAttribute('aria-current');
  });

  it('says so when a section has nothing', async () => {
    await renderWithApis(<MyTasksPage />);

    expect(
      await screen.findByText('Nothing is assigned to you by name.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Your teams have no open tasks.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No approvals are waiting for you.'),
    ).toBeInTheDocument();
  });

  it('completes a task with its outcome and the chosen evidence, at its version', async () => {
    const user = setupUser();
    const task = makeTask({ assignee: ME, version: 3 });
    let open = [task];
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({ items: open }),
      listEvidence: async () => ({
        items: [
          makeEvidence({ id: EVIDENCE_1, title: 'Validation report' }),
          makeEvidence({ id: EVIDENCE_2, title: 'Model card' }),
        ],
      }),
    });
    api.completeTask.mockImplementation(async (_id, version, body) => {
      open = [];
      return { ...task, status: 'done', version: version + 1, ...body };
    });
    await renderWithApis(<MyTasksPage />, { api });

    await user.click(
      await screen.findByRole('button', {
        name: 'Complete Revalidate the AI system of credit-scoring',
      }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Complete task' }));
    expect(dialog.getByLabelText(/Outcome/)).toHaveAccessibleDescription(
      'Outcome must not be empty',
    );
    expect(api.completeTask).not.toHaveBeenCalled();

    await user.type(dialog.getByLabelText(/Outcome/), 'Revalidated on Q1 data');
    await user.click(await dialog.findByLabelText(/Model card/));
    await user.click(dialog.getByRole('button', { name: 'Complete task' }));

    expect(api.completeTask).toHaveBeenCalledWith(task.id, 3, {
      outcome: 'Revalidated on Q1 data',
      evidenceIds: [EVIDENCE_2],
    });
    expect(
      await screen.findByText('Nothing is assigned to you by name.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers "Reload latest" after a 412 and sends the new version', async () => {
    const user = setupUser();
    const task = makeTask({ assignee: ME, version: 1 });
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({ items: [task] }),
      listEntityTasks: async () => ({
        items: [{ ...task, version: 2, updatedBy: 'user:default/bob' }],
      }),
    });
    api.completeTask
      .mockRejectedValueOnce(await apiError(412, 'The task changed'))
      .mockResolvedValueOnce({ ...task, status: 'done', version: 3 });
    await renderWithApis(<MyTasksPage />, { api });

    await user.click(
      await screen.findByRole('button', { name: /^Complete Revalidate/ }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText(/Outcome/), 'Checked');
    await user.click(dialog.getByRole('button', { name: 'Complete task' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      /Someone else changed this record/,
    );

    await user.click(dialog.getByRole('button', { name: 'Reload latest' }));
    expect(await dialog.findByRole('status')).toHaveTextContent(
      'Loaded version 2, last changed by user:default/bob.',
    );
    expect(dialog.getByLabelText(/Outcome/)).toHaveValue('Checked');
    await user.click(dialog.getByRole('button', { name: 'Complete task' }));
    expect(api.completeTask).toHaveBeenLastCalledWith(task.id, 2, {
      outcome: 'Checked',
      evidenceIds: [],
    });
  });

  it('says when someone closed the task meanwhile (409) and reloads the list on close', async () => {
    const user = setupUser();
    const task = makeTask({ assignee: ME });
    const api = createMockAiGovernanceApi({
      listTasks: async () => ({ items: [task] }),
    });
    api.dismissTask.mockRejectedValue(
      await apiError(409, 'Task is already done'),
    );
    await renderWithApis(<MyTasksPage />, { api });

    await user.click(
      await screen.findByRole('button', { name: /^Dismiss Revalidate/ }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText(/Reason/), 'Not material');
    await user.click(dialog.getByRole('button', { name: 'Dismiss task' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      /already closed: someone completed or dismissed it meanwhile/,
    );

    const loads = api.listTasks.mock.calls.length;
    // Cancel is itself the choice to discard what was typed: it closes at once.
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(api.listTasks.mock.calls.length).toBeGreaterThan(loads),
    );
  });

  it('keeps Complete and Dismiss visible but disabled without task.update', async () => {
    await renderWithApis(<MyTasksPage />, {
      api: createMockAiGovernanceApi({
        listTasks: async () => ({
          items: [
            makeTask({ assignee: ME, entityRef: 'aisystem:default/denied-1' }),
          ],
        }),
      }),
      deny: ['ai-governance.task.update'],
    });

    const complete = await screen.findByRole('button', {
      name: /^Complete Revalidate/,
    });
    await waitFor(() => expect(complete).toBeDisabled());
    expect(
      screen.getByRole('button', { name: /^Dismiss Revalidate/ }),
    ).toBeDisabled();
  });
});
