import { screen, within } from '@testing-library/react';
import {
  createMockAiGovernanceApi,
  group,
  renderWithApis,
} from '../../__testUtils__';
import { catalogue, coverage } from './fixtures';
import { GroupTrainingCoverageCard } from './GroupTrainingCoverageCard';

jest.setTimeout(20_000);

describe('GroupTrainingCoverageCard', () => {
  it("shows the team's coverage and each course it needs", async () => {
    const api = createMockAiGovernanceApi({
      listTrainingCourses: async () => catalogue,
      getTrainingCoverage: async () => ({
        ...coverage,
        teams: [coverage.teams[0]],
      }),
    });
    await renderWithApis(<GroupTrainingCoverageCard />, {
      api,
      entity: group('lending-decisioning'),
    });
    const list = await screen.findByLabelText('Training coverage');
    expect(api.getTrainingCoverage).toHaveBeenCalledWith({
      team: 'group:default/lending-decisioning',
    });
    expect(list).toHaveTextContent('Covered67%');
    expect(list).toHaveTextContent('Members2 of 3 covered');
    expect(list).toHaveTextContent('AI literacy for everyone3 of 3 current');
    expect(list).toHaveTextContent(
      'Obligations for high-risk AI systems2 of 3 current',
    );
    expect(
      within(list).getByRole('progressbar', { name: 'Team training coverage' }),
    ).toHaveAttribute('aria-valuenow', '67');
  });

  it('says so when the catalog lists no members of the team', async () => {
    const api = createMockAiGovernanceApi({
      listTrainingCourses: async () => catalogue,
      getTrainingCoverage: async () => ({ ...coverage, teams: [] }),
    });
    await renderWithApis(<GroupTrainingCoverageCard />, {
      api,
      entity: group('empty-team'),
    });
    expect(
      await screen.findByText('The catalog lists no members of this team.'),
    ).toBeInTheDocument();
  });
});
