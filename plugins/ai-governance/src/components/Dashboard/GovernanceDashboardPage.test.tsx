import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GovernanceDashboardPage } from './GovernanceDashboardPage';
import {
  aiSystem,
  createMockAiGovernanceApi,
  engineeringTeamRow,
  fetchAnswering,
  renderWithApis,
  teamRow,
} from '../../__testUtils__';

const EXPORT_URL =
  'http://localhost:7007/api/ai-governance/exports/risk-register.csv';

function setUpApi() {
  const api = createMockAiGovernanceApi();
  api.getTeamScorecards.mockResolvedValue([
    teamRow({
      groupRef: 'group:default/acme-bank',
      systems: 2,
      openIncidents: 4,
      openSeriousIncidents: 1,
      childGroups: ['group:default/engineering'],
    }),
    engineeringTeamRow({
      overdueTasks: 3,
      openIncidents: 2,
      openSeriousIncidents: 1,
      childGroups: ['group:default/lending', 'group:default/payments-risk'],
    }),
    teamRow({
      groupRef: 'group:default/payments-risk',
      systems: 1,
      openIncidents: 1,
    }),
  ]);
  api.getHeatMap.mockResolvedValue({
    inherent: [
      { likelihood: 4, impact: 5, count: 3 },
      { likelihood: 1, impact: 2, count: 1 },
    ],
    residual: [{ likelihood: 2, impact: 2, count: 2 }],
  });
  api.listOverdue.mockResolvedValue([
    {
      entityRef: 'aisystem:default/retail-credit-scoring',
      type: 'treatment',
      id: 'r1',
      title: 'Bias in declines for thin-file applicants',
      due: '2020-01-01',
      owner: 'group:default/lending-decisioning',
    },
    {
      entityRef: 'aisystem:default/card-fraud-detection',
      type: 'evidence',
      id: 'e1',
      title: 'Quarterly drift report',
      due: '2020-02-01',
      owner: null,
    },
  ]);
  api.exportUrl.mockImplementation(async kind =>
    kind === 'risk-register' ? EXPORT_URL : 'http://localhost:7007/soa.csv',
  );
  return api;
}

const catalogEntities = [
  aiSystem('retail-credit-scoring', { riskTier: 'high' }),
  aiSystem('life-health-underwriting', { riskTier: 'high' }),
  aiSystem('card-fraud-detection', { riskTier: 'minimal' }),
  aiSystem('unclassified-pilot'),
];

// The page renders two material-table tables; the first render in a fresh
// jsdom is slow on a loaded CI machine.
jest.setTimeout(30_000);

describe('GovernanceDashboardPage', () => {
  it('shows the team table, tier counts, heat-map counts and overdue items', async () => {
    const api = setUpApi();
    await renderWithApis(<GovernanceDashboardPage />, { api, catalogEntities });

    expect(
      screen.getByRole('heading', { name: 'AI governance' }),
    ).toBeInTheDocument();

    // (a) teams
    const teamLink = await screen.findByRole('link', { name: /engineering/ });
    expect(teamLink).toHaveAttribute(
      'href',
      '/catalog/default/group/engineering',
    );
    const teamRowEl = teamLink.closest('tr')!;
    expect(within(teamRowEl).getByText('75 %')).toBeInTheDocument();
    // Levels filled in their colours (the level's style class, as a single
    // system's level chip has), no longer plain outlined chips.
    const gold = within(teamRowEl).getByLabelText('1 system at gold');
    expect(gold.className).toMatch(/-gold-/);
    expect(gold).not.toHaveClass('MuiChip-outlined');
    expect(
      within(teamRowEl).getByLabelText('1 system at bronze').className,
    ).toMatch(/-bronze-/);
    // A parent says why its counts may equal a child's: it rolls them up.
    expect(
      within(teamRowEl).getByText('includes 2 child teams'),
    ).toBeInTheDocument();
    const parentRow = screen
      .getByRole('link', { name: /acme-bank/ })
      .closest('tr')!;
    expect(
      within(parentRow).getByText('includes child team engineering'),
    ).toBeInTheDocument();
    const leafRow = screen
      .getByRole('link', { name: /payments-risk/ })
      .closest('tr')!;
    expect(within(leafRow).queryByText(/^includes/)).not.toBeInTheDocument();
    // Related counts share a cell, each line saying what it counts.
    expect(
      within(teamRowEl).getByText('4 open high/critical'),
    ).toBeInTheDocument();
    expect(within(teamRowEl).getByText('5 overdue')).toBeInTheDocument();
    expect(
      within(teamRowEl).getByText('2 expired evidence'),
    ).toBeInTheDocument();
    expect(within(teamRowEl).getByText('3 overdue tasks')).toBeInTheDocument();
    // Incidents still open, the serious ones in the error colour.
    expect(within(teamRowEl).getByText('2 open')).toBeInTheDocument();
    expect(within(teamRowEl).getByText('1 serious').className).toMatch(/alarm/);
    expect(within(leafRow).getByText('1 open')).toBeInTheDocument();
    expect(within(leafRow).getByText('0 serious').className).not.toMatch(
      /alarm/,
    );

    // (b) tiers
    const tiers = within(
      await screen.findByRole('list', { name: 'AI systems per tier' }),
    );
    expect(tiers.getByLabelText('high risk: 2 systems')).toBeInTheDocument();
    expect(tiers.getByLabelText('minimal risk: 1 system')).toBeInTheDocument();
    expect(tiers.getByLabelText('tier not set: 1 system')).toBeInTheDocument();
    expect(
      tiers.getByLabelText('prohibited risk: 0 systems'),
    ).toBeInTheDocument();
    expect(screen.getByText('4 AI systems registered')).toBeInTheDocument();

    // (c) heat map
    expect(
      await screen.findByLabelText(
        'Inherent, likelihood 4, impact 5 (critical): 3 risks',
      ),
    ).toHaveTextContent('3');
    expect(
      screen.getByLabelText('Inherent, likelihood 1, impact 2 (low): 1 risk'),
    ).toHaveTextContent('1');
    expect(
      screen.getByLabelText('Residual, likelihood 2, impact 2 (low): 2 risks'),
    ).toHaveTextContent('2');
    expect(
      screen.getByLabelText(
        'Residual, likelihood 4, impact 5 (critical): 0 risks',
      ),
    ).toHaveTextContent('');
    expect(screen.getByText('Inherent: 4 risks')).toBeInTheDocument();

    // (d) overdue, each linking to its record in the Governance tab
    expect(
      await screen.findByRole('link', {
        name: 'Bias in declines for thin-file applicants',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/retail-credit-scoring/governance?section=risks&record=r1',
    );
    const evidenceLink = screen.getByRole('link', {
      name: 'Quarterly drift report',
    });
    expect(evidenceLink).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/card-fraud-detection/governance?section=controls&record=e1',
    );
    const evidenceRow = evidenceLink.closest('tr')!;
    expect(
      within(evidenceRow).getByText('Expired evidence'),
    ).toBeInTheDocument();
    expect(
      within(evidenceRow).getByText(/^expired \d+ days ago$/),
    ).toBeInTheDocument();
    expect(api.listOverdue).toHaveBeenCalledWith({ limit: 50 });
  });

  it('sorts the teams by their open incidents', async () => {
    const api = setUpApi();
    await renderWithApis(<GovernanceDashboardPage />, { api, catalogEntities });
    await screen.findByRole('link', { name: /engineering/ });
    const table = screen
      .getByRole('columnheader', { name: 'Team' })
      .closest('table')!;
    const teams = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getAllByRole('link')[0].textContent);
    expect(teams()).toEqual(['acme-bank', 'engineering', 'payments-risk']);
    await userEvent.click(
      within(
        within(table).getByRole('columnheader', { name: /Incidents/ }),
      ).getByText('Incidents'),
    );
    expect(teams()).toEqual(['payments-risk', 'engineering', 'acme-bank']);
  });

  it('downloads an export through the fetchApi and saves it as a file', async () => {
    const api = setUpApi();
    const fetch = fetchAnswering({
      status: 200,
      statusText: 'OK',
      filename: 'risk-register-2026-01-31.csv',
      body: new Blob(['id,title\n'], { type: 'text/csv' }),
    });
    // jsdom has no object URLs and can't save files: record what would be saved.
    const createObjectURL = jest.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const saved: Array<{ href: string; download: string }> = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        saved.push({ href: this.href, download: this.download });
      });

    await renderWithApis(<GovernanceDashboardPage />, {
      api,
      catalogEntities,
      fetch,
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Export risk register (CSV)' }),
    );

    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    // The dashboard's exports are org-wide: no entity, no team.
    expect(api.exportUrl).toHaveBeenCalledWith('risk-register', undefined);
    expect(fetch).toHaveBeenCalledWith(EXPORT_URL);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(saved).toEqual([
      { href: 'blob:export', download: 'risk-register-2026-01-31.csv' },
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    click.mockRestore();
  });

  it('reports a failed export next to the buttons', async () => {
    const api = setUpApi();
    const fetch = fetchAnswering({ status: 403, statusText: 'Forbidden' });
    await renderWithApis(<GovernanceDashboardPage />, {
      api,
      catalogEntities,
      fetch,
    });
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Export Statement of Applicability (CSV)',
      }),
    );
    expect(
      await screen.findByText(
        'Could not export: The server answered 403 Forbidden',
      ),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('http://localhost:7007/soa.csv');
  });

  it('shows a failing section’s error while the other sections render', async () => {
    const api = setUpApi();
    api.getHeatMap.mockRejectedValue(new Error('Heat map exploded'));
    api.getTeamScorecards.mockRejectedValue(
      new Error('Scorecards unavailable'),
    );
    await renderWithApis(<GovernanceDashboardPage />, { api, catalogEntities });

    expect(
      await screen.findByText(/Could not load the risk heat map/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Could not load the team scorecards/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('4 AI systems registered'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Quarterly drift report' }),
    ).toBeInTheDocument();
  });

  it('shows empty states', async () => {
    const api = setUpApi();
    api.getTeamScorecards.mockResolvedValue([]);
    api.listOverdue.mockResolvedValue([]);
    api.getHeatMap.mockResolvedValue({ inherent: [], residual: [] });
    await renderWithApis(<GovernanceDashboardPage />, {
      api,
      catalogEntities: [],
    });

    expect(
      await screen.findByText(/No team owns an AI system yet/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Nothing is overdue/)).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No AI systems are registered in the catalog yet.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Inherent: 0 risks')).toBeInTheDocument();
  });
});
