import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, makeRisk } from '../../__testUtils__';
import {
  mockRiskStore,
  renderRegister,
} from '../../__testUtils__/riskRegister';

// The register renders a material-table and two 5×5 grids behind the dialog.
jest.setTimeout(30_000);

const risk = makeRisk({
  title: 'Hallucinated answers',
  likelihood: 3,
  impact: 3,
  score: 9,
  level: 'medium',
  version: 4,
  createdBy: 'user:default/alice',
});

async function openAcceptDialog() {
  const user = userEvent.setup({ delay: null });
  const { api } = mockRiskStore([risk]);
  await renderRegister({ api });
  await user.click(
    await screen.findByRole('button', { name: 'Accept Hallucinated answers' }),
  );
  const dialog = within(
    await screen.findByRole('dialog', { name: /Accept risk/ }),
  );
  return {
    user,
    api,
    dialog,
    expiresOn: () => dialog.getByLabelText(/^Acceptance expires on/),
    accept: () =>
      user.click(dialog.getByRole('button', { name: 'Accept risk' })),
  };
}

describe('AcceptRiskDialog', () => {
  it('explains who may approve and that the acceptance expires', async () => {
    const { dialog } = await openAcceptDialog();
    expect(
      dialog.getByText(
        /must not be the person who recorded the risk \(user:default\/alice\)/,
      ),
    ).toBeInTheDocument();
    expect(dialog.getByText(/acceptance expires/)).toBeInTheDocument();
  });

  it('refuses a past expiry date without calling the API', async () => {
    const { user, api, expiresOn, accept } = await openAcceptDialog();
    await user.type(expiresOn(), '2020-01-01');
    await accept();

    expect(expiresOn()).toHaveAccessibleDescription('must be in the future');
    expect(api.acceptRisk).not.toHaveBeenCalled();
  });

  it('requires an expiry date', async () => {
    const { api, expiresOn, accept } = await openAcceptDialog();
    await accept();
    expect(expiresOn()).toHaveAccessibleDescription('is required');
    expect(api.acceptRisk).not.toHaveBeenCalled();
  });

  it('accepts with the date and note, at the version read', async () => {
    const { user, api, dialog, expiresOn, accept } = await openAcceptDialog();
    api.acceptRisk.mockResolvedValue({
      ...risk,
      status: 'accepted',
      version: 5,
    });
    await user.type(expiresOn(), '2999-06-30');
    await user.click(dialog.getByLabelText(/^Note/));
    await user.paste('Human review of every answer');
    await accept();

    await waitFor(() =>
      expect(api.acceptRisk).toHaveBeenCalledWith(risk.id, 4, {
        expiresAt: '2999-06-30',
        note: 'Human review of every answer',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows why the API refused, e.g. the author approving their own risk', async () => {
    const { user, api, dialog, expiresOn, accept } = await openAcceptDialog();
    api.acceptRisk.mockRejectedValue(
      await apiError(
        403,
        'user:default/alice recorded this risk and cannot also approve accepting it; another approver must do it',
      ),
    );
    await user.type(expiresOn(), '2999-06-30');
    await accept();

    expect(await dialog.findByRole('alert')).toHaveTextContent(
      /cannot also approve accepting it/,
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
