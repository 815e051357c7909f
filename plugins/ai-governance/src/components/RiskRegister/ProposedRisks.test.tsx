import type { Risk } from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeRisk } from '../../__testUtils__';
import {
  mockRiskStore,
  renderRegister,
} from '../../__testUtils__/riskRegister';

// material-table and two 5×5 grids make each render slow on small CI machines.
jest.setTimeout(30_000);

const injection = makeRisk({
  id: 'r-injection',
  title: 'Prompt injection',
  status: 'proposed',
});
const leak = makeRisk({
  id: 'r-leak',
  title: 'Training data leak',
  status: 'proposed',
  // Not overdue: nobody has committed to reviewing a suggestion yet.
  nextReviewDate: '2020-01-01',
});
const drift = makeRisk({ id: 'r-drift', title: 'Model drift' });

const row = (title: string) => screen.getByText(title).closest('tr')!;

/** A store whose decisions change the risks a reload then sees. */
function decidingStore(initial: Risk[]) {
  const { api, store } = mockRiskStore(initial);
  api.decideProposedRisks.mockImplementation(async (_entity, body) => {
    const items = store.risks
      .filter(r => body.ids.includes(r.id))
      .map(r => ({
        ...r,
        status: body.decision === 'confirm' ? 'open' : 'closed',
        version: r.version + 1,
      })) as Risk[];
    store.risks = store.risks.map(r => items.find(i => i.id === r.id) ?? r);
    return { items };
  });
  return { api, store };
}

describe('proposed risks in the register', () => {
  it('marks proposed risks and says they count nowhere yet', async () => {
    const { api } = decidingStore([injection, leak, drift]);
    await renderRegister({ api, entityName: 'proposed-chips' });

    await screen.findByText('Prompt injection');
    expect(
      within(row('Prompt injection')).getByText('Proposed'),
    ).toBeInTheDocument();
    expect(within(row('Model drift')).queryByText('Proposed')).toBeNull();
    expect(within(row('Training data leak')).queryByText('overdue')).toBeNull();
    expect(
      screen.getByText(/2 risks were proposed by a template/),
    ).toBeInTheDocument();
    // Only proposed rows take a decision, and offer no accept.
    expect(screen.getByLabelText('Confirm Prompt injection')).toBeEnabled();
    expect(screen.queryByLabelText('Accept Prompt injection')).toBeNull();
    expect(screen.queryByLabelText('Confirm Model drift')).toBeNull();
    expect(screen.queryByLabelText('Select Model drift')).toBeNull();
  });

  it('confirms one risk with one click', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = decidingStore([injection, drift]);
    await renderRegister({ api, entityName: 'proposed-confirm' });

    await user.click(await screen.findByLabelText('Confirm Prompt injection'));

    expect(
      await screen.findByText(
        'Confirmed “Prompt injection”: now counted on the scorecard.',
      ),
    ).toBeInTheDocument();
    expect(api.decideProposedRisks).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'proposed-confirm' }),
      { ids: ['r-injection'], decision: 'confirm' },
    );
    await waitFor(() =>
      expect(
        within(row('Prompt injection')).queryByText('Proposed'),
      ).toBeNull(),
    );
    expect(screen.queryByText(/proposed by a template/)).toBeNull();
  });

  it('dismisses one risk only with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = decidingStore([injection, drift]);
    await renderRegister({ api, entityName: 'proposed-dismiss' });

    await user.click(await screen.findByLabelText('Dismiss Prompt injection'));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Dismiss' }));
    expect(
      dialog.getByText('Reason must say why the risks are dismissed'),
    ).toBeInTheDocument();
    expect(api.decideProposedRisks).not.toHaveBeenCalled();

    await user.type(dialog.getByLabelText(/^Reason/), 'The bot has no tools');
    await user.click(dialog.getByRole('button', { name: 'Dismiss' }));

    expect(
      await screen.findByText('Dismissed “Prompt injection”.'),
    ).toBeInTheDocument();
    expect(api.decideProposedRisks).toHaveBeenCalledWith(expect.anything(), {
      ids: ['r-injection'],
      decision: 'dismiss',
      reason: 'The bot has no tools',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('confirms and dismisses the selected risks in bulk', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = decidingStore([injection, leak, drift]);
    await renderRegister({ api, entityName: 'proposed-bulk' });

    await screen.findByText('Prompt injection');
    // Nothing ticked: the bulk buttons wait.
    expect(
      screen.getByText('Confirm selected').closest('button'),
    ).toBeDisabled();

    await user.click(screen.getByLabelText('Select all proposed risks'));
    expect(screen.getByText(/2 selected/)).toBeInTheDocument();
    await user.click(screen.getByText('Confirm selected'));

    expect(
      await screen.findByText(
        'Confirmed 2 risks: now counted on the scorecard.',
      ),
    ).toBeInTheDocument();
    expect(api.decideProposedRisks).toHaveBeenCalledWith(expect.anything(), {
      ids: ['r-injection', 'r-leak'],
      decision: 'confirm',
    });
  });

  it('dismisses the ticked risks together, for one reason', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = decidingStore([injection, leak, drift]);
    await renderRegister({ api, entityName: 'proposed-bulk-dismiss' });

    await user.click(await screen.findByLabelText('Select Training data leak'));
    await user.click(screen.getByLabelText('Select Prompt injection'));
    await user.click(screen.getByText('Dismiss selected'));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Dismiss 2 proposed risks')).toBeInTheDocument();
    await user.type(dialog.getByLabelText(/^Reason/), 'Not an LLM');
    await user.click(dialog.getByRole('button', { name: 'Dismiss' }));

    expect(await screen.findByText('Dismissed 2 risks.')).toBeInTheDocument();
    expect(api.decideProposedRisks).toHaveBeenCalledWith(expect.anything(), {
      // In the register's order, whatever order they were ticked in.
      ids: ['r-injection', 'r-leak'],
      decision: 'dismiss',
      reason: 'Not an LLM',
    });
  });

  it('explains why deciding is not possible without the update permission', async () => {
    const { api } = decidingStore([injection]);
    await renderRegister({
      api,
      deny: ['ai-governance.risk.update'],
      entityName: 'proposed-denied',
    });

    await screen.findByText('Prompt injection');
    await waitFor(() =>
      expect(screen.getByLabelText('Confirm Prompt injection')).toBeDisabled(),
    );
  });
});
