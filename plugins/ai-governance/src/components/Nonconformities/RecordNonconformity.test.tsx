import { screen, waitFor, within } from '@testing-library/react';
import type { Nonconformity } from '@aigov/plugin-ai-governance-common';
import {
  aiSystem,
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident, makeNonconformity } from '../../__testUtils__/incidents';
import { GovernanceTab } from '../GovernanceTab';

jest.setTimeout(30_000);

/** The Incidents section of `name`, with a mock whose nonconformity list answers with `store.items`. */
async function renderSection(
  options: { name?: string; deny?: string[]; items?: Nonconformity[] } = {},
) {
  const store = { items: options.items ?? [] };
  const api = createMockAiGovernanceApi({
    listEntityNonconformities: async () => ({ items: store.items }),
  });
  const user = setupUser();
  await renderWithApis(<GovernanceTab />, {
    api,
    entity: aiSystem(options.name ?? 'credit-scoring'),
    path: '/?section=incidents',
    deny: options.deny,
  });
  return { api, store, user };
}

async function openDialog(user: ReturnType<typeof setupUser>) {
  await user.click(
    await screen.findByRole('button', { name: 'Record a nonconformity' }),
  );
  return within(await screen.findByRole('dialog'));
}

describe('recording a nonconformity on the Governance tab', () => {
  it('records one from an internal audit with its reference, and lists it with both in words', async () => {
    const { api, store, user } = await renderSection();
    expect(
      screen.getByText(/Record one found by an internal audit/),
    ).toBeInTheDocument();
    const saved = makeNonconformity({
      source: 'internal-audit',
      sourceId: 'IA-2026-04 finding 3',
      description: 'Handover logs miss tool calls',
    });
    api.createNonconformity.mockImplementation(async () => {
      store.items = [saved];
      return saved;
    });

    const dialog = await openDialog(user);
    // Only the sources recorded here are offered; incidents have their own path.
    const source = dialog.getByRole('combobox', { name: /Source/ });
    expect(
      within(source)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual([
      'Choose…',
      'Internal audit',
      'Management review',
      'Monitoring',
      'Other',
    ]);
    await user.selectOptions(source, 'Internal audit');
    const reference = dialog.getByRole('textbox', { name: 'Source reference' });
    expect(reference).toHaveAccessibleDescription(
      'Optional. The audit and finding, e.g. IA-2026-04 finding 3',
    );
    await user.type(reference, 'IA-2026-04 finding 3');
    await user.type(
      dialog.getByRole('textbox', { name: /Description/ }),
      'Handover logs miss tool calls',
    );
    await user.click(
      dialog.getByRole('button', { name: 'Record nonconformity' }),
    );

    await waitFor(() =>
      expect(api.createNonconformity).toHaveBeenCalledWith({
        entityRef: 'aisystem:default/credit-scoring',
        source: 'internal-audit',
        sourceId: 'IA-2026-04 finding 3',
        description: 'Handover logs miss tool calls',
        correction: null,
        rootCause: null,
      }),
    );
    const card = within(
      await screen.findByRole('region', {
        name: 'Nonconformity: Handover logs miss tool calls',
      }),
    );
    expect(
      card.getByText(/Source: Internal audit \(IA-2026-04 finding 3\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nonconformity recorded.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('names the source when none was chosen, and sends nothing', async () => {
    const { api, user } = await renderSection();
    const dialog = await openDialog(user);
    await user.type(
      dialog.getByRole('textbox', { name: /Description/ }),
      'Review minutes not kept',
    );
    await user.click(
      dialog.getByRole('button', { name: 'Record nonconformity' }),
    );

    expect(
      dialog.getByRole('combobox', { name: /Source/ }),
    ).toHaveAccessibleDescription(/^Source must be one of/);
    expect(api.createNonconformity).not.toHaveBeenCalled();
  });

  it('shows the API’s message under the field it names', async () => {
    const { api, user } = await renderSection();
    api.createNonconformity.mockRejectedValue(
      await apiError(400, 'Invalid request body', [
        { path: 'sourceId', message: 'must be at most 200 characters' },
      ]),
    );
    const dialog = await openDialog(user);
    await user.selectOptions(
      dialog.getByRole('combobox', { name: /Source/ }),
      'Management review',
    );
    await user.type(
      dialog.getByRole('textbox', { name: 'Source reference' }),
      '2026-10-14',
    );
    await user.type(
      dialog.getByRole('textbox', { name: /Description/ }),
      'Review minutes not kept',
    );
    await user.click(
      dialog.getByRole('button', { name: 'Record nonconformity' }),
    );

    await waitFor(() =>
      expect(
        dialog.getByRole('textbox', { name: 'Source reference' }),
      ).toHaveAccessibleDescription(
        'Source reference must be at most 200 characters',
      ),
    );
    expect(dialog.getByRole('alert')).toHaveTextContent('Invalid request body');
  });

  it('offers no button to someone who may not record one, and says who may', async () => {
    await renderSection({
      name: 'not-mine',
      deny: ['ai-governance.nonconformity.create'],
    });
    expect(
      await screen.findByText(
        'Only the owning team and the governance office can record nonconformities',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record a nonconformity' }),
    ).toBeNull();
  });
});

describe('the source of a nonconformity from an incident', () => {
  it('links to the incident, which opens when followed', async () => {
    const incident = makeIncident({ title: 'Refusals without reason' });
    const nc = makeNonconformity({ source: 'incident', sourceId: incident.id });
    const api = createMockAiGovernanceApi({
      listEntityIncidents: async () => ({ items: [incident] }),
      listEntityNonconformities: async () => ({ items: [nc] }),
    });
    const user = setupUser();
    await renderWithApis(<GovernanceTab />, {
      api,
      entity: aiSystem('credit-scoring'),
      path: '/?section=incidents',
    });

    const link = await screen.findByRole('link', {
      name: `Incident ${incident.id}`,
    });
    expect(link).toHaveAttribute(
      'href',
      `/catalog/default/aisystem/credit-scoring/governance?section=incidents&record=${incident.id}`,
    );
    expect(
      screen.queryByRole('region', { name: incident.title }),
    ).not.toBeInTheDocument();
    await user.click(link);
    expect(
      await screen.findByRole('region', { name: incident.title }),
    ).toBeInTheDocument();
  });
});
