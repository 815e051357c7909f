import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeRisk } from '../../__testUtils__';
import {
  mockRiskStore,
  renderRegister,
} from '../../__testUtils__/riskRegister';
import { today } from '../shared';

// The register renders a material-table and two 5×5 grids behind the dialog.
jest.setTimeout(30_000);

async function openDialog(existing?: ReturnType<typeof makeRisk>) {
  const user = userEvent.setup({ delay: null });
  const { api } = mockRiskStore(existing ? [existing] : []);
  await renderRegister({ api });
  await user.click(
    await screen.findByRole('button', {
      name: existing ? `Edit ${existing.title}` : 'Record the first risk',
    }),
  );
  const dialog = within(await screen.findByRole('dialog'));
  return { user, api, dialog };
}

describe('RiskDialog guidance', () => {
  it('marks the required fields with an asterisk and leaves the optional ones unmarked', async () => {
    const { dialog } = await openDialog();

    expect(dialog.getByText('Fields marked * are required.')).toBeVisible();
    for (const label of [
      /^Title/,
      /^Category/,
      /^Life-cycle stage/,
      /^Likelihood/,
      /^Impact/,
      /^Treatment$|^Treatment \*/,
      /^Status/,
    ]) {
      const input = dialog.getByLabelText(label);
      expect(input).toBeRequired();
      expect(
        document.querySelector(`label[for="${input.id}"]`),
      ).toHaveTextContent(/\*$/);
    }
    expect(dialog.getByLabelText(/^Description/)).not.toBeRequired();
    expect(dialog.getByLabelText(/^Owner/)).not.toBeRequired();
  });

  it('names the life-cycle stages in words, in the options and in the error', async () => {
    const { user, dialog } = await openDialog();

    await user.click(dialog.getByRole('button', { name: 'Record risk' }));

    const stage = dialog.getByLabelText(/^Life-cycle stage/);
    expect(stage).toHaveAccessibleDescription(
      expect.stringContaining('Operation and monitoring'),
    );
    expect(stage).not.toHaveAccessibleDescription(
      expect.stringContaining('design, data'),
    );
    expect(
      within(stage).getByRole('option', {
        name: 'Verification and validation',
      }),
    ).toBeInTheDocument();
  });

  it('warns when the residual score is above the inherent one', async () => {
    const { user, dialog } = await openDialog(
      makeRisk({ title: 'Model drift unnoticed', likelihood: 2, impact: 2 }),
    );

    await user.selectOptions(
      dialog.getByLabelText(/^Residual likelihood/),
      '3',
    );
    await user.selectOptions(dialog.getByLabelText(/^Residual impact/), '1');
    expect(dialog.queryByText(/residual score .* is above/i)).toBeNull();

    await user.selectOptions(dialog.getByLabelText(/^Residual impact/), '2');
    expect(
      dialog.getByText(
        /The residual score \(6\) is above the inherent score \(4\)/,
      ),
    ).toBeInTheDocument();
  });

  it('warns when the treatment due date has passed, and not for a future one', async () => {
    const { user, dialog } = await openDialog(
      makeRisk({ title: 'Model drift unnoticed', status: 'open' }),
    );
    const due = dialog.getByLabelText(/^Treatment due date/);

    await user.clear(due);
    await user.type(due, '2999-01-01');
    expect(due).not.toHaveAccessibleDescription(/has passed/);

    await user.clear(due);
    await user.type(due, '2020-01-01');
    expect(due).toHaveAccessibleDescription(
      'This date has passed: the treatment will show as overdue',
    );
    expect(today() > '2020-01-01').toBe(true);
  });
});
