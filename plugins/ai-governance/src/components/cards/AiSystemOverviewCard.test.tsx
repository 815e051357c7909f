import type { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AiSystemOverviewCard } from './AiSystemOverviewCard';
import {
  createMockAiGovernanceApi,
  fetchAnswering,
  renderWithApis,
  scorecard,
} from '../../__testUtils__';

const entity: Entity = {
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name: 'retail-credit-scoring', namespace: 'default' },
  spec: {
    type: 'classifier',
    lifecycle: 'production',
    owner: 'lending-decisioning',
    purpose: 'Estimate the probability that an applicant defaults.',
    riskTier: 'high',
    operatorRoles: ['provider', 'deployer'],
    humanOversight: { mode: 'human-in-the-loop' },
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/lending-decisioning' },
  ],
};

// Rendering a full test app with Material UI takes seconds on a loaded machine.
jest.setTimeout(20_000);

describe('AiSystemOverviewCard', () => {
  it('shows the tier, the facts, the level and what is missing for the next level', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard.mockResolvedValue(
      scorecard({
        entityRef: 'aisystem:default/retail-credit-scoring',
        riskTier: 'high',
        level: 'bronze',
        nextLevel: 'silver',
        missingForNextLevel: [
          'Get an impact assessment approved (high-risk system)',
          'Raise control compliance from 60 % to 80 %',
        ],
        missingItems: [
          {
            text: 'Get an impact assessment approved (high-risk system)',
            section: 'assessments',
          },
          {
            text: 'Raise control compliance from 60 % to 80 %',
            section: 'controls',
          },
        ],
        compliance: 0.6,
        controls: { applicable: 10, implemented: 6, notApplicable: 28 },
        risks: {
          open: { low: 1, medium: 0, high: 2, critical: 1 },
          untreatedAboveAppetite: 1,
        },
        overdue: { reviews: 1, treatments: 2, controls: 0 },
        evidence: { total: 5, expired: 1 },
      }),
    );

    await renderWithApis(<AiSystemOverviewCard />, { api, entity });

    expect(screen.getByText('high risk')).toBeInTheDocument();
    expect(
      screen.getByText('Estimate the probability that an applicant defaults.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Provider, Deployer')).toBeInTheDocument();
    expect(screen.getByText('Human in the loop')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /lending-decisioning/ }),
    ).toHaveAttribute('href', '/catalog/default/group/lending-decisioning');

    expect(await screen.findByText('bronze')).toBeInTheDocument();
    const missing = screen.getByRole('list', { name: 'Missing for silver' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      'Get an impact assessment approved (high-risk system)',
      'Raise control compliance from 60 % to 80 %',
    ]);
    // Each gap leads to the section of the Governance tab where it is closed.
    const tab = '/catalog/default/aisystem/retail-credit-scoring/governance';
    expect(
      within(missing).getByRole('link', {
        name: 'Get an impact assessment approved (high-risk system)',
      }),
    ).toHaveAttribute('href', `${tab}?section=assessments`);
    expect(
      within(missing).getByRole('link', {
        name: 'Raise control compliance from 60 % to 80 %',
      }),
    ).toHaveAttribute('href', `${tab}?section=controls`);
    // A bronze system's open high risks are explained by its gaps, not a note.
    expect(screen.queryByRole('note')).not.toBeInTheDocument();

    expect(
      screen.getByText(/6 of 10 applicable\s+implemented \(60 %\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('1 critical')).toBeInTheDocument();
    expect(screen.getByText('2 high')).toBeInTheDocument();
    expect(screen.getByText('1 low')).toBeInTheDocument();
    expect(screen.queryByText('0 medium')).not.toBeInTheDocument();
    expect(
      screen.getByText('3 items (2 treatments, 1 review, 0 controls)'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 of 5 items')).toBeInTheDocument();

    expect(
      screen.getByRole('link', { name: /Open the Governance tab/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/retail-credit-scoring/governance',
    );
    expect(api.getScorecard).toHaveBeenCalledWith({
      kind: 'AiSystem',
      namespace: 'default',
      name: 'retail-credit-scoring',
    });
  });

  it('says when the highest level is reached', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard.mockResolvedValue(
      scorecard({ level: 'gold', nextLevel: null, missingForNextLevel: [] }),
    );
    await renderWithApis(<AiSystemOverviewCard />, { api, entity });
    expect(await screen.findByText('gold')).toBeInTheDocument();
    expect(
      screen.getByText('Highest level reached: nothing is missing.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Revalidation/)).not.toBeInTheDocument();
  });

  it('shows a revalidation due while it is open, and overdue with the cap once past its date', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard
      .mockResolvedValueOnce(
        scorecard({
          level: 'gold',
          nextLevel: null,
          revalidation: { due: 1, overdue: 0 },
        }),
      )
      .mockResolvedValueOnce(
        scorecard({
          level: 'bronze',
          nextLevel: 'silver',
          missingForNextLevel: [
            'Complete the overdue revalidation of the material change (controls A.6.2.4, A.6.2.5)',
          ],
          missingItems: [
            {
              text: 'Complete the overdue revalidation of the material change (controls A.6.2.4, A.6.2.5)',
              section: 'tasks',
            },
          ],
          revalidation: { due: 1, overdue: 1 },
        }),
      );
    const due = await renderWithApis(<AiSystemOverviewCard />, {
      api,
      entity,
    });
    expect(await screen.findByText('Revalidation due')).toBeInTheDocument();
    expect(screen.getByText('gold')).toBeInTheDocument();
    due.unmount();

    await renderWithApis(<AiSystemOverviewCard />, { api, entity });
    expect(await screen.findByText('Revalidation overdue')).toBeInTheDocument();
    expect(screen.queryByText('Revalidation due')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Missing for silver' }))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      'Complete the overdue revalidation of the material change (controls A.6.2.4, A.6.2.5)',
    ]);
  });

  it('says why a gold system with open high risks is gold, linking to its risks', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard.mockResolvedValue(
      scorecard({
        level: 'gold',
        nextLevel: null,
        risks: {
          open: { low: 0, medium: 1, high: 2, critical: 1 },
          untreatedAboveAppetite: 0,
        },
      }),
    );
    await renderWithApis(<AiSystemOverviewCard />, { api, entity });

    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      /^3 open risks at or above high, all with a treatment in progress or an approved acceptance/,
    );
    expect(
      within(note).getByRole('link', { name: '3 open risks at or above high' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/retail-credit-scoring/governance?section=risks',
    );
  });

  it("names a gap closed outside the Governance tab without a link, and exports this system's CSVs", async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard.mockResolvedValue(
      scorecard({
        level: 'none',
        nextLevel: 'bronze',
        missingForNextLevel: ['Name an owner'],
        missingItems: [{ text: 'Name an owner', section: null }],
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
    await renderWithApis(<AiSystemOverviewCard />, {
      api,
      entity,
      fetch: fetchAnswering({
        status: 200,
        statusText: 'OK',
        body: new Blob(['x'], { type: 'text/csv' }),
      }),
    });

    const missing = await screen.findByRole('list', {
      name: 'Missing for bronze',
    });
    expect(within(missing).getByRole('listitem')).toHaveTextContent(
      /^Name an owner$/,
    );
    expect(within(missing).queryByRole('link')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Export Statement of Applicability (CSV)',
      }),
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(api.exportUrl).toHaveBeenCalledWith('soa', {
      entityRef: 'aisystem:default/retail-credit-scoring',
    });
    click.mockRestore();
  });

  it('keeps the description on screen when the scorecard fails, and retries', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard
      .mockRejectedValueOnce(new Error('Service unavailable'))
      .mockResolvedValueOnce(scorecard({ level: 'silver', nextLevel: 'gold' }));
    await renderWithApis(<AiSystemOverviewCard />, { api, entity });

    expect(
      await screen.findByText(/Could not load the scorecard/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Estimate the probability that an applicant defaults.'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('silver')).toBeInTheDocument();
  });
});
