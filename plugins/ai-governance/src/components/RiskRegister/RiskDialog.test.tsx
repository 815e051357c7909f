import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AI_RISK_SCENARIOS } from '@aigov/plugin-ai-governance-common';
import { apiError, makeRisk } from '../../__testUtils__';
import {
  mockRiskStore,
  renderRegister,
} from '../../__testUtils__/riskRegister';

// The register renders a material-table and two 5×5 grids behind the dialog.
jest.setTimeout(30_000);

async function openCreateDialog() {
  const user = userEvent.setup({ delay: null });
  const { api, store } = mockRiskStore([]);
  await renderRegister({ api });
  await user.click(
    await screen.findByRole('button', { name: 'Record the first risk' }),
  );
  const dialog = within(
    await screen.findByRole('dialog', { name: 'Record a risk' }),
  );
  return { user, api, store, dialog };
}

async function openEditDialog(title: string, risk = makeRisk({ title })) {
  const user = userEvent.setup({ delay: null });
  const { api, store } = mockRiskStore([risk]);
  await renderRegister({ api });
  await user.click(
    await screen.findByRole('button', { name: `Edit ${title}` }),
  );
  const dialog = within(await screen.findByRole('dialog'));
  return { user, api, store, dialog, risk };
}

type Opened = Awaited<ReturnType<typeof openCreateDialog>>;

/** Fills what a new risk needs: "Prompt injection", security, operation, likelihood 4 × impact 3. */
async function fillRequiredFields({
  user,
  dialog,
}: Pick<Opened, 'user' | 'dialog'>) {
  await user.click(dialog.getByLabelText(/^Title/));
  await user.paste('Prompt injection');
  await user.type(dialog.getByLabelText(/^Category/), 'security');
  await user.selectOptions(dialog.getByLabelText(/^Life-cycle/), 'operation');
  await user.selectOptions(dialog.getByLabelText(/^Likelihood/), '4');
  await user.selectOptions(dialog.getByLabelText(/^Impact/), '3');
}

describe('RiskDialog', () => {
  it('shows the schema messages next to the fields and does not call the API', async () => {
    const { user, api, dialog } = await openCreateDialog();

    await user.click(dialog.getByRole('button', { name: 'Record risk' }));

    const title = dialog.getByLabelText(/^Title/);
    expect(title).toHaveAccessibleDescription('must not be empty');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(dialog.getByLabelText(/^Likelihood/)).toHaveAccessibleDescription(
      'is required',
    );
    expect(dialog.getByLabelText(/^Impact/)).toHaveAccessibleDescription(
      'is required',
    );
    expect(api.createRisk).not.toHaveBeenCalled();
  });

  it('shows the live score and level, and records a valid risk', async () => {
    const { user, api, store, dialog } = await openCreateDialog();
    const created = makeRisk({ title: 'Prompt injection' });
    api.createRisk.mockImplementation(async () => {
      store.risks = [created];
      return created;
    });

    await fillRequiredFields({ user, dialog });
    expect(dialog.getByText('Inherent score 12')).toBeInTheDocument();
    expect(dialog.getByText('high')).toBeInTheDocument();
    await user.click(dialog.getByLabelText('Linked Annex A controls'));
    await user.click(
      await screen.findByRole('option', { name: /^A\.6\.2\.4 — / }),
    );
    await user.click(dialog.getByRole('button', { name: 'Record risk' }));

    await waitFor(() => expect(api.createRisk).toHaveBeenCalledTimes(1));
    expect(api.createRisk.mock.calls[0][1]).toMatchObject({
      title: 'Prompt injection',
      category: 'security',
      lifecycleStage: 'operation',
      likelihood: 4,
      impact: 3,
      controlIds: ['A.6.2.4'],
      treatment: 'mitigate',
      status: 'open',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Prompt injection')).toBeInTheDocument();
  });

  it('shows an API field message next to its field', async () => {
    const { user, api, dialog } = await openCreateDialog();
    api.createRisk.mockRejectedValue(
      await apiError(400, 'Invalid request body', [
        { path: 'owner', message: 'is not a group or user in the catalog' },
      ]),
    );

    await fillRequiredFields({ user, dialog });
    await user.click(dialog.getByLabelText(/^Owner/));
    await user.paste('group:default/nobody');
    await user.click(dialog.getByRole('button', { name: 'Record risk' }));

    await waitFor(() =>
      expect(dialog.getByLabelText(/^Owner/)).toHaveAccessibleDescription(
        'is not a group or user in the catalog',
      ),
    );
    expect(dialog.getByRole('alert')).toHaveTextContent('Invalid request body');
  });

  it('after a conflict, reloads the version and keeps the edit, so saving again applies it', async () => {
    const risk = makeRisk({ title: 'Model drift unnoticed', version: 2 });
    const { user, api, store, dialog } = await openEditDialog(risk.title, risk);
    api.updateRisk
      .mockRejectedValueOnce(await apiError(412, 'changed'))
      .mockImplementationOnce(async (_id, version, patch) => ({
        ...risk,
        ...(patch as object),
        version: version + 1,
      }));

    await user.clear(dialog.getByLabelText(/^Title/));
    await user.paste('Drift goes unnoticed for weeks');
    await user.selectOptions(dialog.getByLabelText(/^Status/), 'treating');
    await user.click(dialog.getByRole('button', { name: 'Save changes' }));

    expect(
      await dialog.findByText(/Someone else changed this record/),
    ).toBeInTheDocument();
    store.risks = [
      {
        ...risk,
        description: 'Added by Bob',
        version: 3,
        updatedBy: 'user:default/bob',
      },
    ];
    await user.click(dialog.getByRole('button', { name: 'Reload latest' }));

    expect(await dialog.findByText(/Loaded version 3/)).toBeInTheDocument();
    // The field the user left alone shows Bob's version, not the stale one.
    expect(dialog.getByLabelText(/^Description/)).toHaveValue('Added by Bob');
    expect(dialog.getByLabelText(/^Title/)).toHaveValue(
      'Drift goes unnoticed for weeks',
    );
    expect(dialog.getByLabelText(/^Status/)).toHaveValue('treating');

    await user.click(dialog.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.updateRisk).toHaveBeenCalledTimes(2));
    // Only the user's changes go out, so Bob's description survives.
    expect(api.updateRisk).toHaveBeenLastCalledWith(risk.id, 3, {
      title: 'Drift goes unnoticed for weeks',
      status: 'treating',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens with the focus on the first field', async () => {
    const { dialog } = await openCreateDialog();
    expect(dialog.getByLabelText(/^Title/)).toHaveFocus();
  });

  it('closes at once on Escape when nothing was changed', async () => {
    const { user } = await openEditDialog('Model drift unnoticed');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks before Escape discards an edit, and keeps it on Keep editing', async () => {
    const { user, api, dialog } = await openEditDialog('Model drift unnoticed');
    await user.type(dialog.getByLabelText(/^Description/), ' for weeks');

    await user.keyboard('{Escape}');
    expect(dialog.getByText('Discard your changes?')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Keep editing' }));
    expect(dialog.getByLabelText(/^Description/)).toHaveValue(' for weeks');

    await user.keyboard('{Escape}');
    await user.click(dialog.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.updateRisk).not.toHaveBeenCalled();
  });

  it('requires both residual values together', async () => {
    const { user, api, dialog } = await openEditDialog('Model drift unnoticed');

    await user.selectOptions(
      dialog.getByLabelText(/^Residual likelihood/),
      '2',
    );
    await user.click(dialog.getByRole('button', { name: 'Save changes' }));

    expect(
      dialog.getByLabelText(/^Residual impact/),
    ).toHaveAccessibleDescription(
      'residual likelihood and impact are set together',
    );
    expect(api.updateRisk).not.toHaveBeenCalled();
  });

  it('starts a new risk from a library scenario', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = mockRiskStore([]);
    api.getRiskScenarios.mockResolvedValue(
      AI_RISK_SCENARIOS.filter(s => s.id === 'bias-unfair-outcomes'),
    );
    await renderRegister({ api, systemType: 'classifier' });
    await user.click(
      await screen.findByRole('button', { name: 'Record the first risk' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    const picker = dialog.getByLabelText(/library scenario/);
    await waitFor(() => expect(picker).toBeEnabled());

    await user.selectOptions(picker, 'bias-unfair-outcomes');

    expect(api.getRiskScenarios).toHaveBeenCalledWith('classifier', undefined);
    expect(dialog.getByLabelText(/^Title/)).toHaveValue(
      'Biased or unfair outcomes',
    );
    expect(dialog.getByText('Inherent score 12')).toBeInTheDocument();
    expect(dialog.getByText(/^A\.6\.2\.4 — /)).toBeInTheDocument();
  });
});
