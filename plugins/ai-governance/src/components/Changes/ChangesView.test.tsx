import { screen, within } from '@testing-library/react';
import {
  apiError,
  createMockAiGovernanceApi,
  newEntityRef,
  renderWithApis,
} from '../../__testUtils__';
import { makeChange } from '../../__testUtils__/tasks';
import { ChangesView } from './ChangesView';
import { commitUrl, fieldLabel } from './changeText';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('ChangesView', () => {
  it('lists what changed, before → after, and links the commit', async () => {
    const entityRef = newEntityRef();
    const api = createMockAiGovernanceApi({
      listChanges: async () => ({
        items: [
          makeChange({
            field: 'spec.riskTier',
            before: 'limited',
            after: 'high',
            location:
              'url:https://github.com/bank/credit/blob/main/catalog-info.yaml',
            commit: COMMIT,
          }),
          makeChange({
            field: 'spec.lifecycle',
            before: 'experimental',
            after: 'production',
            material: false,
          }),
        ],
      }),
    });
    await renderWithApis(<ChangesView entityRef={entityRef} />, { api });

    const table = await screen.findByRole('table', { name: 'Change log' });
    const [, tier, lifecycle] = within(table).getAllByRole('row');
    expect(tier).toHaveTextContent('EU AI Act risk tier changed');
    expect(tier).toHaveTextContent('revalidation');
    expect(tier).toHaveTextContent('limited → high');
    expect(
      within(tier).getByRole('link', { name: /^0123456/ }),
    ).toHaveAttribute(
      'href',
      `https://github.com/bank/credit/commit/${COMMIT}`,
    );
    expect(lifecycle).toHaveTextContent('experimental → production');
    expect(lifecycle).not.toHaveTextContent('revalidation');
    expect(within(lifecycle).queryByRole('link')).not.toBeInTheDocument();
    expect(api.listChanges).toHaveBeenCalledWith(
      expect.objectContaining({ name: entityRef.name }),
      {
        cursor: undefined,
        limit: 100,
      },
    );
  });

  it('says what would appear when nothing changed yet', async () => {
    await renderWithApis(<ChangesView entityRef={newEntityRef()} />);
    expect(
      await screen.findByText(/No changes detected yet/),
    ).toBeInTheDocument();
  });

  it('explains a 403 instead of showing it as a fault', async () => {
    const api = createMockAiGovernanceApi({
      listChanges: async () => {
        throw await apiError(403, 'Not allowed');
      },
    });
    await renderWithApis(<ChangesView entityRef={newEntityRef()} />, { api });
    expect(
      await screen.findByText(
        'You do not have access to the change log of this AI system.',
      ),
    ).toBeInTheDocument();
  });
});

describe('change text', () => {
  it('names models and AI dependencies in words', () => {
    expect(fieldLabel('spec.models[credit-pd].version')).toBe(
      'Model credit-pd: version',
    );
    expect(fieldLabel('spec.models[credit-pd]')).toBe('Model credit-pd');
    expect(fieldLabel('spec.dependsOn[api:default/llm]')).toBe(
      'AI dependency api:default/llm',
    );
  });

  it('links commits only on hosts whose commit page it knows', () => {
    expect(
      commitUrl('url:https://gitlab.example.com/a/b/-/blob/x', 'abc'),
    ).toBe('https://gitlab.example.com/a/b/-/commit/abc');
    expect(commitUrl('file:../../examples/all.yaml', 'abc')).toBeUndefined();
    expect(
      commitUrl('url:https://dev.azure.com/o/p/_git/r', 'abc'),
    ).toBeUndefined();
  });
});
