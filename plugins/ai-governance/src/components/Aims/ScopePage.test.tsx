import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  DEFAULT_AIMS_SCOPE_FILTER,
  aimsContextUpdatePermission,
  type AimsScope,
} from '@aigov/plugin-ai-governance-common';
import {
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { reasonFor } from './__testUtils__/reasons';
import { ScopeContent } from './ScopePage';

jest.setTimeout(30_000);

const system = (name: string, inScope: boolean, reason: string) => ({
  entityRef: `aisystem:default/${name}`,
  title: name.replace(/-/g, ' '),
  ownerRef: 'group:default/lending-decisioning',
  lifecycle: inScope ? 'production' : 'experimental',
  tier: 'high',
  system: null,
  domain: null,
  inScope,
  reason,
});

const scope: AimsScope = {
  id: 'scope',
  entityRef: AIMS_ENTITY_REF,
  defined: true,
  statement: 'Every AI system Acme Bank builds or runs for its customers.',
  boundaries: 'Retail banking and bancassurance; group IT is out.',
  filter: {
    ...DEFAULT_AIMS_SCOPE_FILTER,
    exclusions: [
      {
        entityRef: 'aisystem:default/dev-copilot',
        justification: 'Used by engineers only; no customer impact.',
      },
    ],
  },
  issues: [
    {
      id: 'i1',
      kind: 'external',
      description: 'EU AI Act high-risk obligations',
      effect: 'Credit scoring needs a conformity assessment',
      updatedAt: '2026-10-01T09:00:00.000Z',
    },
  ],
  interestedParties: [
    {
      id: 'p1',
      name: 'Customers',
      requirements: ['Explanations of credit decisions'],
      feedback: [{ date: '2026-11-02', text: 'Asked why a loan was refused' }],
    },
  ],
  organisationRoles: ['provider', 'deployer'],
  systems: [
    system(
      'retail-credit-scoring',
      true,
      'An AiSystem of the catalog, lifecycle production',
    ),
    system(
      'cv-screening',
      false,
      'Lifecycle experimental is outside the scope',
    ),
  ],
  version: 3,
  createdAt: '2026-09-01T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-11-05T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

describe('the Scope & context page', () => {
  it('shows the statement, the filter in words, the systems in and out with why, issues and parties', async () => {
    const api = createMockAiGovernanceApi({ getAimsScope: async () => scope });
    await renderWithApis(<ScopeContent />, { api });

    expect(await screen.findByText(scope.statement)).toBeInTheDocument();
    expect(
      screen.getByText(
        /whose lifecycle is not experimental, except 1 AI system excluded/,
      ),
    ).toBeInTheDocument();
    const inScope = screen.getByRole('table', { name: 'AI systems in scope' });
    expect(within(inScope).getAllByRole('row')).toHaveLength(2);
    expect(
      within(inScope).getByRole('link', { name: 'retail credit scoring' }),
    ).toBeInTheDocument();
    const out = screen.getByRole('table', { name: 'AI systems out of scope' });
    expect(out).toHaveTextContent(
      'Lifecycle experimental is outside the scope',
    );
    expect(screen.getByRole('table', { name: 'Issues' })).toHaveTextContent(
      'ExternalEU AI Act high-risk obligationsCredit scoring needs a conformity assessment2026-10-01',
    );
    expect(
      screen.getByRole('table', { name: 'Interested parties' }),
    ).toHaveTextContent('2026-11-02: Asked why a loan was refused');
    expect(screen.getByText('Deployer')).toBeInTheDocument();
  });

  it('says the scope is not recorded yet and what counts meanwhile', async () => {
    const api = createMockAiGovernanceApi({
      getAimsScope: async () => ({
        ...scope,
        defined: false,
        version: 0,
        statement: '',
        filter: DEFAULT_AIMS_SCOPE_FILTER,
        issues: [],
        interestedParties: [],
        organisationRoles: [],
      }),
    });
    await renderWithApis(<ScopeContent />, { api });
    expect(
      await screen.findByText(/The scope is not recorded yet/),
    ).toBeInTheDocument();
    expect(screen.getByText('No issue is recorded yet.')).toBeInTheDocument();
  });

  it('saves the edited scope at the version read, keeping unchanged issues and the parties’ feedback', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      getAimsScope: async () => scope,
      updateAimsScope: async () => ({ ...scope, version: 4 }),
    });
    await renderWithApis(<ScopeContent />, { api });
    await user.click(await screen.findByRole('button', { name: 'Edit scope' }));
    const dialog = await screen.findByRole('dialog');
    const boundaries = within(dialog).getByLabelText('Boundaries');
    await user.clear(boundaries);
    await user.type(boundaries, 'Retail banking only');
    await user.click(within(dialog).getByLabelText('Importer'));
    await user.click(
      within(dialog).getByRole('button', { name: 'Save scope' }),
    );

    await waitFor(() => expect(api.updateAimsScope).toHaveBeenCalled());
    const [version, body] = api.updateAimsScope.mock.calls[0];
    expect(version).toBe(3);
    expect(body).toMatchObject({
      boundaries: 'Retail banking only',
      organisationRoles: ['provider', 'deployer', 'importer'],
      issues: [{ id: 'i1', kind: 'external' }],
      interestedParties: [
        {
          id: 'p1',
          name: 'Customers',
          feedback: scope.interestedParties[0].feedback,
        },
      ],
      filter: { exclusions: scope.filter.exclusions },
    });
    expect(await screen.findByText('Scope saved')).toBeInTheDocument();
  });

  it('shows the API’s refusal under the field it names', async () => {
    const user = setupUser();
    const refusal = await apiError(
      400,
      'Invalid scope: filter.systems[0] is not a System',
      [
        {
          path: 'filter.systems[0]',
          message: 'must be a System of the catalog',
        },
      ],
    );
    const api = createMockAiGovernanceApi({
      getAimsScope: async () => scope,
      updateAimsScope: async () => {
        throw refusal;
      },
    });
    await renderWithApis(<ScopeContent />, { api });
    await user.click(await screen.findByRole('button', { name: 'Edit scope' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText('Catalog Systems'),
      'system:default/nowhere',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Save scope' }),
    );
    expect(
      await within(dialog).findByText(/must be a System of the catalog/),
    ).toBeInTheDocument();
  });

  it('keeps Edit scope disabled, with the reason, for everyone but the governance office', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({ getAimsScope: async () => scope });
    await renderWithApis(<ScopeContent />, {
      api,
      deny: [aimsContextUpdatePermission.name],
    });
    const edit = await screen.findByRole('button', { name: 'Edit scope' });
    await waitFor(() => expect(edit).toBeDisabled());
    expect(await reasonFor(user, edit)).toHaveTextContent(
      'Only the governance office can change the scope',
    );
  });
});
