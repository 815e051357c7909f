import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { screen, within } from '@testing-library/react';
import { HistoryView } from './HistoryView';
import {
  createMockAiGovernanceApi,
  newEntityRef,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';

function event(seq: number, overrides: Partial<HistoryEvent>): HistoryEvent {
  return {
    seq,
    at: '2025-03-01T10:00:00.000Z',
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
  treatment: 'mitigate',
  acceptance: null,
  version: 1,
  ...fields,
});

async function renderEvents(items: HistoryEvent[]) {
  const api = createMockAiGovernanceApi();
  api.listHistory.mockResolvedValue({ items });
  api.verifyHistory.mockResolvedValue({ ok: true, checked: 128 });
  await renderWithApis(<HistoryView entityRef={newEntityRef()} />, { api });
  const table = await screen.findByRole('table', { name: 'Change history' });
  return within(table).getAllByRole('row').slice(1);
}

describe('HistoryView: what changed', () => {
  it('shows the first change of a control as its fields against the library defaults, not "created"', async () => {
    const [row] = await renderEvents([
      event(1, {
        recordType: 'control',
        recordId: 'A.6.2.4',
        action: 'create',
        after: {
          controlId: 'A.6.2.4',
          applicable: true,
          justification: null,
          status: 'implemented',
          owner: 'group:default/credit-ml',
          dueDate: null,
          version: 1,
        },
      }),
    ]);

    expect(row).toHaveTextContent('Status: Not started → Implemented');
    expect(row).toHaveTextContent('Owner: — → group:default/credit-ml');
    expect(row).not.toHaveTextContent('created');
    expect(row).not.toHaveTextContent('Applies to this AI system');
  });

  it('shows an acceptance field by field with labels, not as JSON', async () => {
    const [row] = await renderEvents([
      event(2, {
        action: 'accept',
        before: risk({}),
        after: risk({
          status: 'accepted',
          treatment: 'accept',
          acceptance: {
            approvedBy: 'user:default/carol',
            approvedAt: '2025-03-02T09:30:00.000Z',
            expiresAt: '2025-09-30T00:00:00.000Z',
          },
        }),
      }),
    ]);

    expect(row).toHaveTextContent('Status: open → accepted');
    expect(row).toHaveTextContent('Treatment: mitigate → accept');
    expect(row).toHaveTextContent(
      'Acceptance approved by: — → user:default/carol',
    );
    expect(row).toHaveTextContent('Acceptance expires on: — → 2025-09-30');
    expect(row).not.toHaveTextContent('{');
  });

  it('shows where a long text changed, and both full texts on demand', async () => {
    const user = setupUser();
    const shared =
      'Applicants from postcodes with little credit history receive lower scores because the model ';
    const [row] = await renderEvents([
      event(3, {
        before: risk({ description: `${shared}learned from old decisions.` }),
        after: risk({
          description: `${shared}over-weights thin files from the bureau.`,
        }),
      }),
    ]);
    const cell = within(row);

    // Not the shared prefix twice: the window starts near the difference.
    expect(row).toHaveTextContent(/Description: ….*learned from old.*→ …/);
    expect(row).toHaveTextContent(/over-weights thin files/);
    expect(cell.queryByText(`${shared}learned from old decisions.`)).toBeNull();

    await user.click(
      cell.getByRole('button', { name: 'Show the full Description' }),
    );
    expect(
      cell.getByText(`${shared}learned from old decisions.`),
    ).toBeInTheDocument();
    expect(
      cell.getByText(`${shared}over-weights thin files from the bureau.`),
    ).toBeInTheDocument();
    await user.click(
      cell.getByRole('button', { name: 'Hide the full Description' }),
    );
    expect(cell.queryByText(`${shared}learned from old decisions.`)).toBeNull();
  });

  it("names the chain's count as the whole history's, and this system's share", async () => {
    await renderEvents([
      event(2, { before: risk({}), after: risk({ status: 'closed' }) }),
      event(1, { before: risk({}), after: risk({ status: 'treating' }) }),
    ]);
    expect(
      await screen.findByText(
        /Chain verified: 128 events\. They are the whole history of every AI system, 2 of them this AI system's\./,
      ),
    ).toBeInTheDocument();
  });
});
