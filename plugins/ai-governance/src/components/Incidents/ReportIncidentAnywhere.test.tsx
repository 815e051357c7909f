import { screen, waitFor, within } from '@testing-library/react';
import {
  aiSystem,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident } from '../../__testUtils__/incidents';
import { ReportIncidentAnywhere } from './ReportIncidentAnywhere';

jest.setTimeout(30_000);

describe('Report an incident in the AI Governance section', () => {
  it('picks the AI system from the catalog, then reports on it', async () => {
    const api = createMockAiGovernanceApi();
    api.createIncident.mockResolvedValue(makeIncident());
    const user = setupUser();
    await renderWithApis(<ReportIncidentAnywhere />, {
      api,
      catalogEntities: [
        aiSystem('fraud-detector', { title: 'Fraud detector' }),
      ],
    });
    expect(screen.getByRole('link', { name: 'Incidents' })).toHaveAttribute(
      'href',
      '/ai-governance/incidents',
    );

    await user.click(
      screen.getByRole('button', { name: 'Report an incident' }),
    );
    expect(screen.getByRole('button', { name: 'Report' })).toBeDisabled();
    await user.click(screen.getByRole('textbox', { name: 'AI system' }));
    await user.click(
      await screen.findByRole('option', { name: 'Fraud detector' }),
    );
    await user.click(screen.getByRole('button', { name: 'Report' }));

    const dialog = within(await screen.findByRole('dialog'));
    await user.type(
      dialog.getByRole('textbox', { name: /Title/ }),
      'False alarms',
    );
    await user.selectOptions(dialog.getByLabelText(/Severity/), 'medium');
    await user.click(dialog.getByRole('button', { name: 'Report incident' }));

    await waitFor(() =>
      expect(api.createIncident).toHaveBeenCalledWith(
        { kind: 'AiSystem', namespace: 'default', name: 'fraud-detector' },
        expect.objectContaining({ title: 'False alarms', severity: 'medium' }),
      ),
    );
    expect(await screen.findByText('Incident reported.')).toBeInTheDocument();
  });

  it('leaves the register link out in an app that does not mount the incidents page', async () => {
    await renderWithApis(<ReportIncidentAnywhere />, { onlyDashboard: true });
    expect(
      screen.getByRole('button', { name: 'Report an incident' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Incidents' })).toBeNull();
  });
});
