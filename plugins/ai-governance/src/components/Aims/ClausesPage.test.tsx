import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_CLAUSES,
  aimsClauseUpdatePermission,
  aimsReadiness,
  type AimsClauseAssessment,
} from '@aigov/plugin-ai-governance-common';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { reasonFor } from './__testUtils__/reasons';
import { ClausesContent } from './ClausesPage';

jest.setTimeout(30_000);

/** The library's clauses as the API lists them, with `over` applied by id. */
function clauses(
  over: Record<string, Partial<AimsClauseAssessment>> = {},
): AimsClauseAssessment[] {
  return AIMS_CLAUSES.map(c => ({
    id: c.id,
    ...(c.parentId ? { parentId: c.parentId } : {}),
    title: c.title,
    status: 'not-assessed' as const,
    notes: '',
    owner: null,
    evidenceLinks: [],
    ...over[c.id],
  }));
}

const listOf = (items: AimsClauseAssessment[]) => ({
  items,
  readiness: aimsReadiness(items),
});

const midway = clauses({
  '4.1': { status: 'implemented', version: 2, notes: 'Context analysed' },
  '4.2': { status: 'partial', version: 1 },
  '6.1.2': {
    prefilled: {
      status: 'partial',
      reason: '1 of 2 AI systems in scope have an approved risk assessment',
    },
  },
});

describe('the Clauses page', () => {
  it('shows one table per top-level clause with its readiness, and the pre-fill with its reason', async () => {
    const api = createMockAiGovernanceApi({
      listAimsClauses: async () => listOf(midway),
    });
    await renderWithApis(<ClausesContent />, { api });

    const context = await screen.findByRole('table', {
      name: '4 Organisational context',
    });
    // 4.1 implemented, 4.2 half, 4.3 and 4.4 not assessed: 1.5 of 4.
    expect(
      screen.getByText(/38 % ready — 1 implemented, 1 partly met/),
    ).toBeInTheDocument();
    const rows = within(context).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual([
      '4 Organisational context',
      '4.1 Internal and external issuesContext analysed',
      '4.2 Stakeholders and their expectations',
      '4.3 Scope of the AIMS',
      '4.4 Establishing and maintaining the AIMS',
    ]);
    expect(rows[1]).toHaveTextContent('Implemented');
    expect(rows[2]).toHaveTextContent('Partly met');

    const planning = screen.getByRole('table', { name: '6 Planning the AIMS' });
    const risk = within(planning)
      .getAllByRole('row')
      .find(r => r.textContent?.startsWith('6.1.2'))!;
    expect(risk).toHaveTextContent('Not assessed');
    expect(risk).toHaveTextContent(
      'Partly met1 of 2 AI systems in scope have an approved risk assessment',
    );
    expect(screen.getAllByRole('table')).toHaveLength(7);
  });

  it('lets the governance office assess a clause at the version read', async () => {
    const user = setupUser();
    const saved = {
      ...midway[1],
      status: 'partial' as const,
      version: 3,
    };
    const api = createMockAiGovernanceApi({
      listAimsClauses: async () => listOf(midway),
      putAimsClause: async () => saved,
    });
    await renderWithApis(<ClausesContent />, {
      api,
      catalogEntities: [],
    });

    await user.click(await screen.findByRole('button', { name: 'Assess 4.1' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Assess 4.1 Internal and external issues',
    });
    await user.selectOptions(
      within(dialog).getByLabelText(/Status/),
      'Partly met',
    );
    const links = within(dialog).getByLabelText('Evidence links');
    await user.type(links, 'Context analysis https://wiki.example/context');
    await user.click(
      within(dialog).getByRole('button', { name: 'Save assessment' }),
    );

    await waitFor(() =>
      expect(api.putAimsClause).toHaveBeenCalledWith('4.1', 2, {
        status: 'partial',
        notes: 'Context analysed',
        owner: null,
        evidenceLinks: [
          { title: 'Context analysis', url: 'https://wiki.example/context' },
        ],
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Clause 4.1 saved',
    );
  });

  it('names a bad evidence link before sending anything', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listAimsClauses: async () => listOf(midway),
    });
    await renderWithApis(<ClausesContent />, { api });
    await user.click(await screen.findByRole('button', { name: 'Assess 5.2' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText('Evidence links'),
      'Policy ftp://files.example/policy',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Save assessment' }),
    );
    expect(
      await within(dialog).findByText(/Line 1: must be an http or https URL/),
    ).toBeInTheDocument();
    expect(api.putAimsClause).not.toHaveBeenCalled();
  });

  it('keeps Assess disabled, with the reason, for everyone but the governance office', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listAimsClauses: async () => listOf(midway),
    });
    await renderWithApis(<ClausesContent />, {
      api,
      deny: [aimsClauseUpdatePermission.name],
    });
    const assess = await screen.findByRole('button', { name: 'Assess 4.1' });
    await waitFor(() => expect(assess).toBeDisabled());
    expect(await reasonFor(user, assess)).toHaveTextContent(
      'Only the governance office can assess the clauses of the management system',
    );
    expect(api.putAimsClause).not.toHaveBeenCalled();
  });
});
