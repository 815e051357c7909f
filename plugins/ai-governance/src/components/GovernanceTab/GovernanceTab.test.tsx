import { AI_RISK_SCENARIOS } from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useNavigate } from 'react-router-dom';
import { aiSystem, makeRisk, renderWithApis } from '../../__testUtils__';
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

/** Shows where the app is and goes back, as the browser's Back button would. */
function LocationProbe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="location">{`${location.pathname}${location.search}`}</output>
      <button type="button" onClick={() => navigate(-1)}>
        Back
      </button>
    </>
  );
}

describe('GovernanceTab sections in the URL', () => {
  const entity = aiSystem('loan-scorer', { riskTier: 'high-risk' });

  it('opens the section a link names and outlines the record it points at', async () => {
    await renderWithApis(<GovernanceTab />, {
      entity,
      path: '/governance?section=controls&record=A.6.2.4',
    });
    expect(
      await screen.findByRole('tab', { name: 'Controls', selected: true }),
    ).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /^Select A\.6\.2\.4 / });
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(
      screen.getByRole('row', { name: /^Select A\.6\.2\.5 / }),
    ).not.toHaveAttribute('aria-current');
  });

  it('outlines the risk a link points at in the register', async () => {
    const pointed = makeRisk({ title: 'Pointed at' });
    const other = makeRisk({ title: 'Another risk' });
    const { api } = mockRiskStore([pointed, other]);
    await renderWithApis(<GovernanceTab />, {
      api,
      entity,
      path: `/governance?section=risks&record=${pointed.id}`,
    });
    const row = (title: string) =>
      screen.getByRole('button', { name: `Edit ${title}` }).closest('tr')!;
    await screen.findByRole('button', { name: 'Edit Pointed at' });
    expect(row('Pointed at').style.outline).toMatch(/^2px solid/);
    expect(row('Another risk').style.outline).toBe('');
  });

  it('puts the chosen section in the URL, so Back returns to the one before', async () => {
    const user = userEvent.setup({ delay: null });
    await renderWithApis(
      <>
        <GovernanceTab />
        <LocationProbe />
      </>,
      { entity, path: '/governance' },
    );
    expect(
      await screen.findByRole('tab', { name: 'Risk register', selected: true }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByLabelText('location')).toHaveTextContent(
      '/governance?section=history',
    );
    expect(
      screen.getByRole('tab', { name: 'History', selected: true }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('location')).toHaveTextContent(
      /^\/governance$/,
    );
    expect(
      await screen.findByRole('tab', { name: 'Risk register', selected: true }),
    ).toBeInTheDocument();
  });

  it('falls back to the risk register for a section it does not know, and offers the glossary', async () => {
    await renderWithApis(<GovernanceTab />, {
      entity,
      path: '/governance?section=nonsense',
    });
    expect(
      await screen.findByRole('tab', { name: 'Risk register', selected: true }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /glossary/i }),
    ).toBeInTheDocument();
  });
});
