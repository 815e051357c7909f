import { AI_RISK_SCENARIOS } from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aiSystem, renderWithApis } from '../../__testUtils__';
import { mockRiskStore } from '../../__testUtils__/riskRegister';
import { GovernanceTab } from './GovernanceTab';

// material-table and two 5×5 grids make each render slow on small CI machines.
jest.setTimeout(30_000);

describe('GovernanceTab', () => {
  it("offers the risk library for the AI system's type and tier", async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = mockRiskStore([]);
    api.getRiskScenarios.mockResolvedValue(
      AI_RISK_SCENARIOS.filter(s => s.id === 'bias-unfair-outcomes'),
    );
    await renderWithApis(<GovernanceTab />, {
      api,
      entity: aiSystem('loan-scorer', { riskTier: 'high-risk' }),
    });

    await user.click(
      await screen.findByRole('button', { name: 'Record the first risk' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    const picker = dialog.getByLabelText(/library scenario/);
    await waitFor(() => expect(picker).toBeEnabled());
    expect(api.getRiskScenarios).toHaveBeenCalledWith(
      'classifier',
      'high-risk',
    );
  });
});
