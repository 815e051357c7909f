import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DENIED } from '../shared';
import { makeRisk } from '../../__testUtils__';
import {
  mockRiskStore,
  renderRegister,
} from '../../__testUtils__/riskRegister';

// material-table and two 5×5 grids make each render slow on small CI machines.
jest.setTimeout(30_000);

const bias = makeRisk({
  title: 'Biased credit decisions',
  likelihood: 4,
  impact: 5,
  score: 20,
  level: 'critical',
  residualLikelihood: 2,
  residualImpact: 3,
  residualScore: 6,
  residualLevel: 'medium',
  status: 'treating',
  dueDate: '2020-03-01',
});
const drift = makeRisk({
  title: 'Model drift unnoticed',
  likelihood: 1,
  impact: 2,
  score: 2,
  level: 'low',
  dueDate: '2999-01-01',
});
const closed = makeRisk({
  title: 'Old vendor lock-in',
  likelihood: 4,
  impact: 5,
  score: 20,
  level: 'critical',
  status: 'closed',
});

// Rows by their title text: role queries over the whole table are slow.
const row = (title: string) => screen.getByText(title).closest('tr')!;
const queryRow = (title: string) =>
  screen.queryByText(title)?.closest('tr') ?? null;
// Row actions are named by aria-label, the others by their text.
const button = (name: string) =>
  screen.queryByLabelText(name) ?? screen.getByText(name).closest('button')!;

describe('RiskRegister', () => {
  it('lists risks with their level and flags overdue treatments', async () => {
    const { api } = mockRiskStore([bias, drift]);
    await renderRegister({ api });

    expect(
      await screen.findByText('Biased credit decisions'),
    ).toBeInTheDocument();
    const biasRow = within(row('Biased credit decisions'));
    expect(biasRow.getByText('critical')).toBeInTheDocument();
    expect(biasRow.getByText('overdue')).toBeInTheDocument();
    const driftRow = within(row('Model drift unnoticed'));
    expect(driftRow.getByText('low')).toBeInTheDocument();
    expect(driftRow.queryByText('overdue')).toBeNull();
  });

  it('shows the details under each value and the owner by its short name', async () => {
    const { api } = mockRiskStore([bias]);
    await renderRegister({ api });

    await screen.findByText('Biased credit decisions');
    const biasRow = within(row('Biased credit decisions'));
    // Category and stage under the title, likelihood × impact under the
    // score, the treatment under the status: eight columns fit a laptop.
    expect(biasRow.getByText('fairness · operation')).toBeInTheDocument();
    expect(biasRow.getByText('4 × 5')).toBeInTheDocument();
    expect(biasRow.getByText('mitigate')).toBeInTheDocument();
    expect(
      biasRow.getByRole('link', { name: 'credit-ml' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', { name: 'Likelihood' }),
    ).toBeNull();
  });

  it('lists the most critical risk first by default', async () => {
    const { api } = mockRiskStore([drift, bias]);
    await renderRegister({ api });
    await screen.findByText('Biased credit decisions');

    const titles = [
      row('Biased credit decisions'),
      row('Model drift unnoticed'),
    ];
    const [first, second] = screen
      .getAllByRole('row')
      .filter(r => titles.includes(r as HTMLTableRowElement));
    expect(first).toBe(titles[0]);
    expect(second).toBe(titles[1]);
  });

  it('confirms a saved edit above the register', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, store } = mockRiskStore([drift]);
    api.updateRisk.mockImplementation(async (_id, version, patch) => {
      const updated = { ...drift, ...(patch as object), version: version + 1 };
      store.risks = [updated];
      return updated;
    });
    await renderRegister({ api });
    await user.click(
      await screen.findByLabelText('Edit Model drift unnoticed'),
    );
    const dialog = within(await screen.findByRole('dialog'));

    await user.clear(dialog.getByLabelText(/^Title/));
    await user.paste('Drift goes unnoticed');
    await user.click(dialog.getByRole('button', { name: 'Save changes' }));

    const notice = await screen.findByText(
      'Saved your changes to “Drift goes unnoticed”.',
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('narrows the table to a heat-map cell and back', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = mockRiskStore([bias, drift, closed]);
    await renderRegister({ api });
    await screen.findByText('Biased credit decisions');

    // The closed risk shares the cell but is not counted.
    const cell = screen.getByLabelText('Likelihood 4, impact 5: 1 risk');
    await user.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    expect(row('Biased credit decisions')).toBeInTheDocument();
    expect(queryRow('Model drift unnoticed')).toBeNull();
    expect(queryRow('Old vendor lock-in')).toBeNull();

    await user.click(cell);
    expect(row('Model drift unnoticed')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Likelihood 2, impact 3: 1 risk'));
    expect(row('Biased credit decisions')).toBeInTheDocument();
    expect(queryRow('Model drift unnoticed')).toBeNull();
    await user.click(screen.getByText(/^Clear filter/));
    expect(row('Model drift unnoticed')).toBeInTheDocument();
    expect(row('Old vendor lock-in')).toBeInTheDocument();
  });

  it('filters by search text, level and status', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = mockRiskStore([bias, drift, closed]);
    await renderRegister({ api });
    await screen.findByText('Biased credit decisions');

    await user.selectOptions(screen.getByLabelText('Level'), 'critical');
    expect(queryRow('Model drift unnoticed')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Status'), 'closed');
    expect(queryRow('Biased credit decisions')).toBeNull();
    expect(row('Old vendor lock-in')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Level'), '');
    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Search risks'), 'drift');
    expect(row('Model drift unnoticed')).toBeInTheDocument();
    expect(queryRow('Biased credit decisions')).toBeNull();
    expect(screen.getByText('Showing 1 of 3 risks')).toBeInTheDocument();
  });

  it('invites recording the first risk when the register is empty', async () => {
    const { api } = mockRiskStore([]);
    await renderRegister({ api });
    expect(
      await screen.findByText('No risks recorded yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Record the first risk' }),
    ).toBeEnabled();
  });

  it('shows a load failure with a retry', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = mockRiskStore([bias]);
    api.listAllRisks.mockRejectedValueOnce(new Error('backend is down'));
    await renderRegister({ api });

    expect(await screen.findByText(/backend is down/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('Biased credit decisions'),
    ).toBeInTheDocument();
  });

  it('disables Accept, saying why, on a risk the user recorded and on one already accepted', async () => {
    const user = userEvent.setup({ delay: null });
    const mine = makeRisk({
      title: 'Recorded by me',
      createdBy: 'user:default/bob',
    });
    const accepted = makeRisk({
      title: 'Accepted already',
      status: 'accepted',
      treatment: 'accept',
      acceptance: {
        approvedBy: 'user:default/carol',
        approvedAt: '2025-01-11T09:00:00Z',
        expiresAt: '2999-01-31T00:00:00Z',
      },
    });
    const { api } = mockRiskStore([mine, accepted, drift]);
    await renderRegister({ api, userEntityRef: 'user:default/bob' });
    await screen.findByText('Recorded by me');

    const expectReason = async (name: string, reason: string) => {
      const target = button(name);
      await waitFor(() => expect(target).toBeDisabled());
      await user.hover(target.parentElement!);
      expect(await screen.findByText(reason)).toBeInTheDocument();
      await user.unhover(target.parentElement!);
      await waitFor(() => expect(screen.queryByText(reason)).toBeNull());
    };
    await expectReason(
      'Accept Recorded by me',
      'You recorded this risk: someone else must accept it (four-eyes rule)',
    );
    await expectReason(
      'Accept Accepted already',
      'Already accepted until 2999-01-31',
    );
    // Recorded by someone else (alice) and not accepted: allowed.
    expect(button('Accept Model drift unnoticed')).toBeEnabled();
  });

  it('keeps create, edit and accept visible but disabled, saying why, without permission', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = mockRiskStore([bias]);
    await renderRegister({
      api,
      entityName: 'no-write-access',
      deny: [
        'ai-governance.risk.create',
        'ai-governance.risk.update',
        'ai-governance.risk.accept',
      ],
    });
    await screen.findByText('Biased credit decisions');

    const expectDisabledWithReason = async (name: string, reason: string) => {
      const target = button(name);
      expect(target).toBeDisabled();
      await user.hover(target.parentElement!);
      expect(await screen.findByText(reason)).toBeInTheDocument();
      await user.unhover(target.parentElement!);
      await waitFor(() => expect(screen.queryByText(reason)).toBeNull());
    };
    await waitFor(() => expect(button('Record a risk')).toBeDisabled());
    await expectDisabledWithReason('Record a risk', DENIED.riskCreate);
    await expectDisabledWithReason(
      'Edit Biased credit decisions',
      DENIED.riskUpdate,
    );
    await expectDisabledWithReason(
      'Accept Biased credit decisions',
      DENIED.riskAccept,
    );
  });

  it('disables recording the first risk without permission', async () => {
    const { api } = mockRiskStore([]);
    await renderRegister({
      api,
      entityName: 'empty-no-write',
      deny: ['ai-governance.risk.create'],
    });
    const record = await screen.findByRole('button', {
      name: 'Record the first risk',
    });
    await waitFor(() => expect(record).toBeDisabled());
    expect(record.parentElement).toHaveAttribute('title', DENIED.riskCreate);
  });
});
