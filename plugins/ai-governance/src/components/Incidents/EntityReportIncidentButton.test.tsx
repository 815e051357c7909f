import { screen, waitFor, within } from '@testing-library/react';
import {
  aiSystem,
  createMockAiGovernanceApi,
  fetchAnswering,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident } from '../../__testUtils__/incidents';
import { GovernanceTab } from '../GovernanceTab';
import { ReportIncidentCard } from './EntityReportIncidentButton';
import { IncidentsContent } from './IncidentsPage';

jest.setTimeout(30_000);

describe('reporting an incident from an AiSystem page', () => {
  it('reports on the page’s system and links to the incident in its Governance tab', async () => {
    const incident = makeIncident({
      entityRef: 'aisystem:default/report-card',
    });
    const api = createMockAiGovernanceApi();
    api.createIncident.mockResolvedValue(incident);
    const user = setupUser();
    await renderWithApis(<ReportIncidentCard />, {
      api,
      entity: aiSystem('report-card'),
    });

    await user.click(
      screen.getByRole('button', { name: 'Report an incident' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByRole('textbox', { name: /Title/ }), 'Outage');
    await user.selectOptions(dialog.getByLabelText(/Severity/), 'low');
    await user.click(dialog.getByRole('button', { name: 'Report incident' }));

    await waitFor(() =>
      expect(api.createIncident).toHaveBeenCalledWith(
        { kind: 'AiSystem', namespace: 'default', name: 'report-card' },
        expect.objectContaining({ title: 'Outage', severity: 'low' }),
      ),
    );
    expect(
      await screen.findByRole('link', {
        name: 'Open it in the Governance tab',
      }),
    ).toHaveAttribute(
      'href',
      `/catalog/default/aisystem/report-card/governance?section=incidents&record=${incident.id}`,
    );
  });

  it('opens the incident a link names in the Incidents section', async () => {
    const incident = makeIncident({ title: 'Linked incident' });
    const api = createMockAiGovernanceApi({
      listEntityIncidents: async () => ({ items: [incident] }),
    });
    await renderWithApis(<GovernanceTab />, {
      api,
      entity: aiSystem('credit-scoring'),
      path: `/?section=incidents&record=${incident.id}`,
    });
    expect(
      await screen.findByRole('region', { name: 'Linked incident' }),
    ).toBeInTheDocument();
  });
});

describe('the incident register CSV', () => {
  it('downloads the incidents the filters show', async () => {
    const api = createMockAiGovernanceApi();
    api.incidentsExportUrl.mockResolvedValue(
      'http://test/exports/incidents.csv?serious=true',
    );
    const fetch = fetchAnswering({
      status: 200,
      statusText: 'OK',
      body: new Blob(['a,b']),
    });
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const user = setupUser();
    await renderWithApis(<IncidentsContent />, { api, fetch });
    await screen.findByText('No serious incident waits to be reported.');

    await user.click(screen.getByLabelText('Serious only'));
    await user.click(
      screen.getByRole('button', { name: 'Export incidents (CSV)' }),
    );
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        'http://test/exports/incidents.csv?serious=true',
      ),
    );
    expect(api.incidentsExportUrl).toHaveBeenCalledWith({
      status: undefined,
      serious: true,
      overdue: undefined,
    });
  });
});
