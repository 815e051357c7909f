import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GroupScorecardCard } from './GroupScorecardCard';
import {
  aiSystem,
  group,
  createMockAiGovernanceApi,
  engineeringTeamRow,
  fetchAnswering,
  renderWithApis,
  scorecard,
  teamRow,
} from '../../__testUtils__';

// engineering → payments-risk, lending → credit-models (known only from the
// child's childOf relation); people-platform is elsewhere in the org.
const engineering = group('engineering', {
  parent: 'acme-bank',
  children: ['payments-risk', 'lending'],
});
const groups = [
  group('acme-bank', { children: ['engineering', 'people-platform'] }),
  engineering,
  group('payments-risk', { parent: 'engineering' }),
  group('lending', { parent: 'engineering' }),
  group('credit-models', { parent: 'lending' }),
  group('people-platform', { parent: 'acme-bank' }),
];
const systems = [
  aiSystem('card-fraud-detection', {
    owner: 'group:default/payments-risk',
    riskTier: 'minimal',
  }),
  aiSystem('retail-credit-scoring', {
    owner: 'group:default/credit-models',
    riskTier: 'high',
  }),
  aiSystem('candidate-screening', {
    owner: 'group:default/people-platform',
    riskTier: 'high',
  }),
];

// Rendering a full test app with Material UI takes seconds on a loaded machine.
jest.setTimeout(20_000);

describe('GroupScorecardCard', () => {
  it("shows the team's rolled-up row and the AI systems of its child groups", async () => {
    const api = createMockAiGovernanceApi();
    api.getTeamScorecards.mockResolvedValue([
      teamRow({ groupRef: 'group:default/acme-bank', systems: 3 }),
      engineeringTeamRow({
        untreatedAboveAppetite: 1,
        openIncidents: 3,
        openSeriousIncidents: 1,
      }),
    ]);
    api.getScorecard.mockImplementation(async ref =>
      scorecard({
        level: ref.name === 'card-fraud-detection' ? 'gold' : 'bronze',
        riskTier: ref.name === 'card-fraud-detection' ? 'minimal' : 'high',
      }),
    );

    await renderWithApis(<GroupScorecardCard />, {
      api,
      entity: engineering,
      catalogEntities: [...groups, ...systems],
    });

    expect(
      screen.getByText('Includes the AI systems of child groups'),
    ).toBeInTheDocument();
    const facts = await screen.findByLabelText('Team scorecard');
    const value = (label: string) =>
      within(facts).getByText(label).nextElementSibling?.textContent;
    expect(value('AI systems')).toBe('2');
    expect(value('Control compliance')).toBe('75 %');
    expect(value('Open high/critical risks')).toBe('4');
    expect(value('Untreated above appetite')).toBe('1');
    expect(value('Overdue items')).toBe('5');
    expect(value('Expired evidence')).toBe('2');
    expect(value('Open incidents')).toBe('3');
    expect(value('Open serious incidents')).toBe('1');
    expect(within(facts).getByText('1 gold')).toBeInTheDocument();
    expect(within(facts).getByText('1 bronze')).toBeInTheDocument();

    const table = await screen.findByRole('table', {
      name: 'AI systems of this team and its child groups',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('link')[0].textContent),
    ).toEqual([
      expect.stringContaining('card-fraud-detection'),
      expect.stringContaining('retail-credit-scoring'),
    ]);
    expect(within(rows[0]).getByText('gold')).toBeInTheDocument();
    expect(within(rows[1]).getByText('high risk')).toBeInTheDocument();
    expect(within(rows[1]).getByText(/credit-models/)).toBeInTheDocument();
    expect(screen.queryByText(/candidate-screening/)).not.toBeInTheDocument();
  });

  it("says what the row rolls up, links each system's gaps and exports the team's CSVs", async () => {
    const api = createMockAiGovernanceApi();
    api.getTeamScorecards.mockResolvedValue([
      engineeringTeamRow({
        childGroups: ['group:default/lending', 'group:default/payments-risk'],
      }),
    ]);
    api.getScorecard.mockImplementation(async ref =>
      ref.name === 'card-fraud-detection'
        ? scorecard({ level: 'gold', nextLevel: null })
        : scorecard({
            title: 'Retail credit scoring',
            level: 'bronze',
            nextLevel: 'silver',
            missingForNextLevel: ['Treat 1 risk(s) at or above high'],
            missingItems: [
              { text: 'Treat 1 risk(s) at or above high', section: 'risks' },
            ],
          }),
    );
    api.exportUrl.mockResolvedValue('http://localhost:7007/export.csv');
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    Object.assign(URL, {
      createObjectURL: jest.fn(() => 'blob:export'),
      revokeObjectURL: jest.fn(),
    });
    await renderWithApis(<GroupScorecardCard />, {
      api,
      entity: engineering,
      catalogEntities: [...groups, ...systems],
      fetch: fetchAnswering({
        status: 200,
        statusText: 'OK',
        body: new Blob(['x'], { type: 'text/csv' }),
      }),
    });

    const facts = await screen.findByLabelText('Team scorecard');
    expect(
      within(facts).getByText('includes 2 child teams'),
    ).toBeInTheDocument();
    expect(within(facts).getByLabelText('1 system at gold').className).toMatch(
      /-gold-/,
    );

    const gaps = await screen.findByRole('list', {
      name: 'Missing for silver on Retail credit scoring',
    });
    expect(
      within(gaps).getByRole('link', {
        name: 'Treat 1 risk(s) at or above high',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/retail-credit-scoring/governance?section=risks',
    );
    expect(screen.getByText('Nothing: highest level')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Export risk register (CSV)' }),
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(api.exportUrl).toHaveBeenCalledWith('risk-register', {
      owner: 'group:default/engineering',
    });
    click.mockRestore();
  });

  it('says so when the team and its child groups own no AI systems', async () => {
    const api = createMockAiGovernanceApi();
    api.getTeamScorecards.mockResolvedValue([
      teamRow({ groupRef: 'group:default/engineering' }),
    ]);
    await renderWithApis(<GroupScorecardCard />, {
      api,
      entity: group('ai-governance-office', { parent: 'acme-bank' }),
      catalogEntities: [...groups, ...systems],
    });
    expect(
      await screen.findByText(
        'This team and its child groups own no AI systems',
      ),
    ).toBeInTheDocument();
    expect(api.getScorecard).not.toHaveBeenCalled();
  });

  it('still lists the systems when the team scorecards fail', async () => {
    const api = createMockAiGovernanceApi();
    api.getTeamScorecards.mockRejectedValue(new Error('Backend down'));
    api.getScorecard.mockResolvedValue(scorecard({ level: 'silver' }));
    await renderWithApis(<GroupScorecardCard />, {
      api,
      entity: group('payments-risk', { parent: 'engineering' }),
      catalogEntities: [...groups, ...systems],
    });
    expect(
      await screen.findByText(/Could not load the team scorecard/),
    ).toBeInTheDocument();
    expect(await screen.findByText('silver')).toBeInTheDocument();
  });
});
