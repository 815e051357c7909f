import { screen, within } from '@testing-library/react';
import { createMockAiGovernanceApi, renderWithApis } from '../../__testUtils__';
import { coverage } from '../Training/fixtures';
import { TrainingCoverageCard } from './TrainingCoverageCard';

jest.setTimeout(20_000);

describe('the dashboard training coverage card', () => {
  it("shows the organisation's coverage and the teams furthest behind first", async () => {
    const api = createMockAiGovernanceApi({
      getTrainingCoverage: async () => coverage,
    });
    await renderWithApis(<TrainingCoverageCard />, { api });
    const table = await screen.findByRole('table', {
      name: 'Training coverage, teams furthest behind first',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map(r => r.textContent),
    ).toEqual([
      'Organisation (4 of 5)80%',
      'Lending Decisioning67%',
      'Payments Risk100%',
    ]);
  });

  it('says so when the catalog lists no people', async () => {
    await renderWithApis(<TrainingCoverageCard />);
    expect(
      await screen.findByText('The catalog lists no people to count.'),
    ).toBeInTheDocument();
  });
});
