import { screen, waitFor, within } from '@testing-library/react';
import {
  aiSystem,
  apiError,
  createMockAiGovernanceApi,
  makeEvidence,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident, makeNonconformity } from '../../__testUtils__/incidents';
import { GovernanceTab } from '../GovernanceTab';

jest.setTimeout(30_000);

const ACTION = {
  id: '00000000-0000-4000-b000-000000000001',
  description: 'Review the refusal threshold monthly',
  owner: 'group:default/team-a',
  dueDate: '2020-01-31',
  status: 'in-progress' as const,
  evidenceIds: [],
};

async function renderSection(
  api: ReturnType<typeof createMockAiGovernanceApi>,
  path = '/?section=incidents',
) {
  const user = setupUser();
  await renderWithApis(<GovernanceTab />, {
    api,
    entity: aiSystem('credit-scoring'),
    path,
  });
  return user;
}

describe('nonconformities in the Incidents section', () => {
  it('opens a nonconformity from an incident, naming the incident as its source', async () => {
    const incident = makeIncident();
    const api = createMockAiGovernanceApi({
      listEntityIncidents: async () => ({ items: [incident] }),
    });
    api.createNonconformity.mockResolvedValue(makeNonconformity());
    const user = await renderSection(api);

    await user.click(
      await screen.findByRole('button', { name: incident.title }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Open a nonconformity' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(new RegExp(incident.id))).toBeInTheDocument();
    await user.type(
      dialog.getByRole('textbox', { name: /Description/ }),
      'Threshold not reviewed',
    );
    await user.click(
      dialog.getByRole('button', { name: 'Open nonconformity' }),
    );

    await waitFor(() =>
      expect(api.createNonconformity).toHaveBeenCalledWith({
        entityRef: incident.entityRef,
        source: 'incident',
        sourceId: incident.id,
        description: 'Threshold not reviewed',
        correction: null,
        rootCause: null,
      }),
    );
  });

  it('shows the corrective actions with owner, due, overdue flag and status, and changes a status at the version read', async () => {
    const nc = makeNonconformity({
      status: 'actions-planned',
      correctiveActions: [ACTION],
      version: 4,
    });
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [nc] }),
    });
    api.updateNonconformity.mockResolvedValue(nc);
    const user = await renderSection(api);

    const table = await screen.findByRole('table', {
      name: 'Corrective actions',
    });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Review the refusal threshold monthly');
    expect(row).toHaveTextContent('team-a');
    expect(row).toHaveTextContent('2020-01-31 overdue');
    // Not every action is done: verifying may not start yet, and it says why.
    expect(
      screen.getByRole('button', { name: 'Ready for verification' }),
    ).toBeDisabled();
    expect(
      screen.getByText(
        'verifying starts only once every corrective action is done',
      ),
    ).toBeInTheDocument();

    await user.selectOptions(
      within(row).getByLabelText(`Status of ${ACTION.description}`),
      'done',
    );
    await waitFor(() =>
      expect(api.updateNonconformity).toHaveBeenCalledWith(nc.id, 4, {
        correctiveActions: [{ ...ACTION, status: 'done' }],
      }),
    );
  });

  it('shows the API’s four-eyes refusal of an effectiveness review clearly', async () => {
    const nc = makeNonconformity({
      status: 'verifying',
      correctiveActions: [{ ...ACTION, status: 'done' }],
      version: 7,
    });
    const refusal =
      'user:default/guest belongs to group:default/team-a, which owns a corrective action of this nonconformity; the governance office or another team reviews its effectiveness';
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [nc] }),
    });
    api.reviewEffectiveness.mockRejectedValue(await apiError(403, refusal));
    const user = await renderSection(api);

    const form = await screen.findByRole('form', {
      name: 'Effectiveness review',
    });
    await user.type(
      within(form).getByLabelText('Notes'),
      'No repeat in a month',
    );
    await user.click(
      within(form).getByRole('button', { name: 'Record review' }),
    );

    await waitFor(() =>
      expect(api.reviewEffectiveness).toHaveBeenCalledWith(nc.id, 7, {
        result: 'effective',
        notes: 'No repeat in a month',
      }),
    );
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('You may not review these actions');
    expect(alert).toHaveTextContent(refusal);
    // Closing waits for an effective review.
    expect(screen.getByRole('button', { name: 'Close' })).toBeDisabled();
  });
});

describe('evidence of a corrective action', () => {
  it('links the system’s evidence to an action, keeping the other actions as they are', async () => {
    const other = {
      ...ACTION,
      id: '00000000-0000-4000-b000-000000000002',
      description: 'Retrain on 2026 data',
    };
    const nc = makeNonconformity({
      status: 'actions-planned',
      correctiveActions: [ACTION, other],
      version: 2,
    });
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [nc] }),
      listEvidence: async () => ({
        items: [
          makeEvidence({ id: 'ev-9', title: 'Monthly threshold review' }),
        ],
      }),
    });
    api.updateNonconformity.mockResolvedValue(nc);
    const user = await renderSection(api);

    await user.click(
      await screen.findByRole('button', {
        name: `Evidence of ${ACTION.description}`,
      }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(await dialog.findByLabelText(/Monthly threshold review/));
    await user.click(dialog.getByRole('button', { name: 'Save evidence' }));

    await waitFor(() =>
      expect(api.updateNonconformity).toHaveBeenCalledWith(nc.id, 2, {
        correctiveActions: [{ ...ACTION, evidenceIds: ['ev-9'] }, other],
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });
});

describe('changing a corrective action’s owner and due date', () => {
  const other = {
    ...ACTION,
    id: '00000000-0000-4000-b000-000000000002',
    description: 'Retrain on 2026 data',
    evidenceIds: ['ev-1'],
  };

  async function openEdit(api: ReturnType<typeof createMockAiGovernanceApi>) {
    const user = await renderSection(api);
    await user.click(
      await screen.findByRole('button', {
        name: `Edit owner and due date of ${ACTION.description}`,
      }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.clear(dialog.getByLabelText(/^Owner/));
    await user.paste('group:default/team-b');
    return { user, dialog };
  }

  it('sends the new owner for that action only, keeping its status and the other actions', async () => {
    const nc = makeNonconformity({
      status: 'actions-planned',
      correctiveActions: [ACTION, other],
      version: 3,
    });
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [nc] }),
    });
    api.updateNonconformity.mockResolvedValue(nc);
    const { user, dialog } = await openEdit(api);
    expect(dialog.getByText(ACTION.description)).toBeInTheDocument();
    expect(dialog.getByLabelText(/^Due/)).toHaveValue(ACTION.dueDate);
    await user.click(dialog.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.updateNonconformity).toHaveBeenCalledWith(nc.id, 3, {
        correctiveActions: [
          { ...ACTION, owner: 'group:default/team-b' },
          other,
        ],
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('shows the API’s objection to the owner on the owner field', async () => {
    const nc = makeNonconformity({
      status: 'actions-planned',
      correctiveActions: [ACTION, other],
    });
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [nc] }),
    });
    api.updateNonconformity.mockRejectedValue(
      await apiError(400, 'Invalid request body', [
        {
          path: 'correctiveActions[0].owner',
          message: 'is not a group or user in the catalog',
        },
      ]),
    );
    const { user, dialog } = await openEdit(api);
    await user.click(dialog.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(dialog.getByLabelText(/^Owner/)).toHaveAccessibleDescription(
        'Owner is not a group or user in the catalog',
      ),
    );
    expect(dialog.getByRole('alert')).toHaveTextContent('Invalid request body');
  });

  it('offers no edit once the nonconformity is closed', async () => {
    const nc = makeNonconformity({
      status: 'closed',
      correctiveActions: [{ ...ACTION, status: 'done' }],
    });
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [nc] }),
    });
    await renderSection(api);
    await screen.findByRole('table', { name: 'Corrective actions' });
    expect(
      screen.queryByRole('button', { name: /^Edit owner and due date/ }),
    ).not.toBeInTheDocument();
  });

  it('marks the nonconformity a link points at (an audit finding’s), not the others', async () => {
    const pointed = makeNonconformity({
      description: 'Handovers without tool calls',
    });
    const unpointed = makeNonconformity({
      id: '00000000-0000-4000-a000-0000000000ff',
      description: 'Threshold not reviewed',
    });
    const api = createMockAiGovernanceApi({
      listEntityNonconformities: async () => ({ items: [unpointed, pointed] }),
    });
    await renderSection(api, `/?section=incidents&record=${pointed.id}`);

    expect(
      await screen.findByRole('region', {
        name: 'Nonconformity: Handovers without tool calls',
      }),
    ).toHaveAttribute('aria-current', 'true');
    expect(
      screen.getByRole('region', {
        name: 'Nonconformity: Threshold not reviewed',
      }),
    ).not.toHaveAttribute('aria-current');
  });
});
