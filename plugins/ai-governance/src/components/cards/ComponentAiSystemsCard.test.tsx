import type { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import { ComponentAiSystemsCard } from './ComponentAiSystemsCard';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  scorecard,
} from '../../__testUtils__';

const component = (relations: Entity['relations']): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'support-assistant-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  relations,
});

// Rendering a full test app with Material UI takes seconds on a loaded machine.
jest.setTimeout(20_000);

describe('ComponentAiSystemsCard', () => {
  it('lists the implemented AI systems with tier, level and open high/critical risks', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard.mockImplementation(async ref =>
      ref.name === 'customer-support-assistant'
        ? scorecard({
            title: 'Customer support assistant',
            riskTier: 'limited',
            level: 'silver',
            risks: {
              open: { low: 3, medium: 1, high: 2, critical: 1 },
              untreatedAboveAppetite: 0,
            },
          })
        : scorecard({
            title: 'Coding assistant',
            riskTier: 'minimal',
            level: 'gold',
          }),
    );

    await renderWithApis(<ComponentAiSystemsCard />, {
      api,
      entity: component([
        {
          type: 'implements',
          targetRef: 'aisystem:default/customer-support-assistant',
        },
        { type: 'implements', targetRef: 'aisystem:default/coding-assistant' },
        // Other relations and other kinds are not AI systems of this card.
        { type: 'ownedBy', targetRef: 'group:default/team-a' },
        { type: 'implements', targetRef: 'api:default/some-api' },
      ]),
    });

    const table = await screen.findByRole('table', {
      name: 'AI systems this component implements',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const support = rows.find(r =>
      r.textContent?.includes('customer-support-assistant'),
    )!;
    expect(within(support).getByText('limited risk')).toBeInTheDocument();
    expect(within(support).getByText('silver')).toBeInTheDocument();
    expect(
      within(support).getByRole('cell', { name: '3' }),
    ).toBeInTheDocument();
    expect(
      within(support).getByRole('link', {
        name: 'Governance tab of Customer support assistant',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/customer-support-assistant/governance',
    );

    const coding = rows.find(r => r.textContent?.includes('coding-assistant'))!;
    expect(within(coding).getByText('minimal risk')).toBeInTheDocument();
    expect(within(coding).getByText('gold')).toBeInTheDocument();

    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });

  it('shows a row as unavailable when its scorecard fails, keeping the others', async () => {
    const api = createMockAiGovernanceApi();
    api.getScorecard.mockImplementation(async ref => {
      if (ref.name === 'secret-system') throw new Error('Forbidden');
      return scorecard({ level: 'bronze' });
    });
    await renderWithApis(<ComponentAiSystemsCard />, {
      api,
      entity: component([
        { type: 'implements', targetRef: 'aisystem:default/secret-system' },
        { type: 'implements', targetRef: 'aisystem:default/open-system' },
      ]),
    });
    expect(
      await screen.findByText('Scorecard unavailable: Forbidden'),
    ).toBeInTheDocument();
    expect(screen.getByText('bronze')).toBeInTheDocument();
  });

  it('explains how to link an AI system when the component implements none, without calling the API', async () => {
    const api = createMockAiGovernanceApi();
    await renderWithApis(<ComponentAiSystemsCard />, {
      api,
      entity: component([
        { type: 'ownedBy', targetRef: 'group:default/team-a' },
      ]),
    });
    expect(
      screen.getByText('This component implements no registered AI system'),
    ).toBeInTheDocument();
    expect(screen.getByText('spec.implementedBy')).toBeInTheDocument();
    expect(
      screen.getByText('component:default/support-assistant-service'),
    ).toBeInTheDocument();
    expect(api.getScorecard).not.toHaveBeenCalled();
  });
});
