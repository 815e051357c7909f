import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import { HistoryView } from './HistoryView';
import {
  type MockAiGovernanceApi,
  apiError,
  createMockAiGovernanceApi,
  newEntityRef,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';

function event(
  seq: number,
  overrides: Partial<HistoryEvent> = {},
): HistoryEvent {
  return {
    seq,
    at: `2025-03-0${Math.min(seq, 9)}T10:00:00.000Z`,
    actor: 'user:default/alice',
    entityRef: 'aisystem:default/credit-scoring',
    recordType: 'risk',
    recordId: '22222222-2222-4222-8222-222222222222',
    action: 'update',
    before: null,
    after: null,
    prevHash: '0'.repeat(64),
    hash: String(seq).repeat(64).slice(0, 64),
    ...overrides,
  };
}

const risk = (fields: Record<string, unknown>) => ({
  title: 'Biased scores',
  status: 'open',
  likelihood: 3,
  version: 1,
  updatedAt: '2025-03-01T10:00:00.000Z',
  updatedBy: 'user:default/alice',
  ...fields,
});

async function renderHistory(api: MockAiGovernanceApi) {
  const entityRef = newEntityRef();
  await renderWithApis(<HistoryView entityRef={entityRef} />, { api });
  return entityRef;
}

const dataRows = () =>
  within(screen.getByRole('table', { name: 'Change history' }))
    .getAllByRole('row')
    .slice(1);

describe('HistoryView', () => {
  it('lists the changes newest first with the fields that changed', async () => {
    const api = createMockAiGovernanceApi();
    api.listHistory.mockResolvedValue({
      items: [
        event(1, {
          action: 'create',
          after: risk({}),
        }),
        event(3, {
          actor: 'user:default/bob',
          recordType: 'control',
          recordId: 'A.6.2.4',
          before: { status: 'planned', owner: null, version: 1 },
          after: {
            status: 'implemented',
            owner: 'group:default/credit-ml',
            version: 2,
          },
        }),
        event(2, {
          before: risk({}),
          after: risk({
            status: 'treating',
            likelihood: 2,
            version: 2,
            updatedAt: '2025-03-02T10:00:00.000Z',
          }),
        }),
      ],
    });
    const entityRef = await renderHistory(api);

    await screen.findByRole('table', { name: 'Change history' });
    expect(api.listHistory).toHaveBeenCalledWith({
      entityRef: `aisystem:default/${entityRef.name}`,
      limit: 50,
    });
    const [newest, middle, oldest] = dataRows();
    expect(newest).toHaveTextContent('#3');
    expect(newest).toHaveTextContent('user:default/bob');
    expect(newest).toHaveTextContent('Control A.6.2.4');
    expect(newest).toHaveTextContent('Status: Planned → Implemented');
    expect(newest).toHaveTextContent('Owner: — → group:default/credit-ml');
    // Bookkeeping fields are not "what changed".
    expect(newest).not.toHaveTextContent('version');

    expect(middle).toHaveTextContent('Risk: Biased scores');
    expect(middle).toHaveTextContent('Updated');
    expect(middle).toHaveTextContent('Status: open → treating');
    expect(middle).toHaveTextContent('Likelihood: 3 → 2');
    expect(middle).not.toHaveTextContent('updatedAt');

    expect(oldest).toHaveTextContent('Created');
    expect(oldest).toHaveTextContent('created “Biased scores”');
  });

  it('names catalog changes and tasks in words', async () => {
    const api = createMockAiGovernanceApi();
    api.listHistory.mockResolvedValue({
      items: [
        event(2, {
          actor: 'user:default/bob',
          recordType: 'task',
          action: 'complete',
          before: { kind: 'revalidation', status: 'open', outcome: null },
          after: {
            kind: 'revalidation',
            status: 'done',
            outcome: 'Validated on the March hold-out set',
          },
        }),
        event(1, {
          actor: 'catalog',
          recordType: 'change',
          action: 'detect',
          after: {
            field: 'spec.models[scorer].version',
            change: 'changed',
            before: '2.3.0',
            after: '2.4.0',
            material: true,
          },
        }),
      ],
    });
    await renderHistory(api);

    await screen.findByRole('table', { name: 'Change history' });
    const [task, change] = dataRows();
    expect(change).toHaveTextContent(
      'Catalog change: spec.models[scorer].version',
    );
    expect(change).toHaveTextContent('Detected in the catalog');
    expect(change).toHaveTextContent(
      'spec.models[scorer].version changed: 2.3.0 → 2.4.0',
    );
    expect(task).toHaveTextContent('Task: revalidation');
    expect(task).toHaveTextContent('Completed');
    expect(task).toHaveTextContent('Status: open → done');
  });

  it('loads more events following the cursor', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listHistory
      .mockResolvedValueOnce({
        items: [
          event(5, { before: risk({}), after: risk({ status: 'closed' }) }),
        ],
        nextCursor: 'page-2',
      })
      .mockResolvedValueOnce({
        items: [
          event(4, {
            before: risk({}),
            after: risk({ title: 'Unfair scores' }),
          }),
        ],
      });
    const entityRef = await renderHistory(api);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(dataRows()).toHaveLength(2));
    expect(api.listHistory).toHaveBeenLastCalledWith({
      entityRef: `aisystem:default/${entityRef.name}`,
      cursor: 'page-2',
      limit: 50,
    });
    expect(dataRows()[1]).toHaveTextContent(
      'Title: Biased scores → Unfair scores',
    );
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('says when the chain is verified', async () => {
    const api = createMockAiGovernanceApi();
    api.verifyHistory.mockResolvedValue({ ok: true, checked: 128 });
    await renderHistory(api);
    expect(
      await screen.findByText(/Chain verified: 128 events/),
    ).toBeInTheDocument();
  });

  it('says where the chain is broken', async () => {
    const api = createMockAiGovernanceApi();
    api.verifyHistory.mockResolvedValue({
      ok: false,
      checked: 41,
      firstBrokenSeq: 42,
      reason: 'content does not match its hash',
    });
    await renderHistory(api);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chain broken at event #42: content does not match its hash',
    );
  });

  it('names the checkpoint the chain matches', async () => {
    const api = createMockAiGovernanceApi();
    api.verifyHistory.mockResolvedValue({
      ok: true,
      checked: 128,
      checkpoint: {
        seq: 120,
        hash: 'a'.repeat(64),
        at: '2026-12-02T09:45:00.000Z',
        keyId: 'demo',
      },
    });
    await renderHistory(api);
    expect(
      await screen.findByText(
        /matches the checkpoint signed 2026-12-02T09:45 UTC \(event #120\)/,
      ),
    ).toBeInTheDocument();
  });

  it('says which record differs from its history', async () => {
    const api = createMockAiGovernanceApi();
    api.verifyHistory.mockResolvedValue({
      ok: false,
      checked: 128,
      reason:
        'risk r1 of aisystem:default/credit-scoring: impact differs from event 42 of the history',
      record: { type: 'risk', id: 'r1', field: 'impact' },
    });
    await renderHistory(api);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A record differs from its history: risk r1 of aisystem:default/credit-scoring: impact differs from event 42 of the history.',
    );
  });

  it('explains that only the governance office can verify the whole chain', async () => {
    const api = createMockAiGovernanceApi();
    api.verifyHistory.mockRejectedValue(await apiError(403, 'forbidden'));
    await renderHistory(api);
    expect(
      await screen.findByText(
        'Only the governance office can verify the whole chain.',
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing has been recorded yet', async () => {
    const api = createMockAiGovernanceApi();
    await renderHistory(api);
    expect(
      await screen.findByText(/No changes recorded yet/),
    ).toBeInTheDocument();
  });

  it('shows a load failure', async () => {
    const api = createMockAiGovernanceApi();
    api.listHistory.mockRejectedValue(
      await apiError(500, 'database unavailable'),
    );
    await renderHistory(api);
    expect(
      await screen.findByText(
        'Could not load the history: database unavailable',
      ),
    ).toBeInTheDocument();
  });
});
