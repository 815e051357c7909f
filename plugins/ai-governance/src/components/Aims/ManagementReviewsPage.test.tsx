import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  type ManagementReview,
} from '@aigov/plugin-ai-governance-common';
import {
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { ManagementReviewsContent } from './ManagementReviewsPage';

jest.setTimeout(30_000);

const meta = {
  createdAt: '2026-04-01T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-04-14T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

const held: ManagementReview = {
  id: 'r1',
  entityRef: AIMS_ENTITY_REF,
  title: 'Management review spring 2026',
  plannedAt: '2026-04-14',
  heldAt: '2026-04-14',
  chair: 'user:default/amara.okafor',
  attendees: ['user:default/amara.okafor', 'user:default/elena.petrova'],
  status: 'held',
  decisions: ['Extend the AIMS scope to the chatbot'],
  actions: [
    {
      id: 'a1',
      description: 'Write the chatbot impact assessment',
      owner: 'group:default/customer-experience',
      dueAt: '2026-06-30',
      taskId: 't1',
      status: 'open',
      completedAt: null,
    },
  ],
  inputs: {
    assembledAt: '2026-04-01T09:00:00.000Z',
    previousReviewId: null,
    since: null,
    sections: [
      {
        id: 'risks',
        title: 'Risk picture',
        source: 'The risk registers of every AI system (risks not closed)',
        summary: '7 risks in the registers (1 critical, 2 high).',
        figures: [{ label: 'Critical', value: 1 }],
        items: [{ text: 'Open critical risk: Prompt injection', ref: 'k1' }],
      },
    ],
  },
  closedAt: null,
  version: 4,
  ...meta,
};

const planned: ManagementReview = {
  ...held,
  id: 'r2',
  title: 'Management review 2027',
  plannedAt: '2027-01-12',
  heldAt: null,
  status: 'planned',
  attendees: [],
  decisions: [],
  actions: [],
  version: 1,
};

describe('the Management reviews page', () => {
  it('lists the reviews and shows one with its frozen inputs, decisions and actions', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listManagementReviews: async () => [planned, held],
    });
    await renderWithApis(<ManagementReviewsContent />, { api });
    const table = await screen.findByRole('table', {
      name: 'Management reviews',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent),
    ).toEqual([
      'Management review 20272027-01-12—Planned0',
      'Management review spring 20262026-04-142026-04-14Held (minutes in draft)1',
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Management review spring 2026' }),
    );
    const inputs = await screen.findByRole('region', { name: 'Risk picture' });
    expect(inputs).toHaveTextContent(
      'Source: The risk registers of every AI system (risks not closed)',
    );
    expect(inputs).toHaveTextContent('1 Critical');
    expect(inputs).toHaveTextContent('Open critical risk: Prompt injection');
    expect(screen.getByText(/^Assembled at/)).toHaveTextContent(
      'Frozen with the review',
    );
    expect(
      screen.getByText('Extend the AIMS scope to the chatbot'),
    ).toBeInTheDocument();
    const actions = screen.getByRole('table', {
      name: 'Actions of Management review spring 2026',
    });
    expect(within(actions).getAllByRole('row')[1]).toHaveTextContent(
      'Write the chatbot impact assessment',
    );
    expect(within(actions).getAllByRole('row')[1]).toHaveTextContent(
      '2026-06-30 (overdue)Open',
    );
  });

  it('plans a review, then records a decision and an action on it', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listManagementReviews: async () => [],
      createManagementReview: async () => planned,
      updateManagementReview: async () => planned,
    });
    await renderWithApis(<ManagementReviewsContent />, { api });
    await user.click(await screen.findByRole('button', { name: 'New review' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'New management review',
    });
    await user.type(
      within(dialog).getByLabelText(/^Title/),
      'Management review 2027',
    );
    await user.type(within(dialog).getByLabelText(/^Date/), '2027-01-12');
    await user.type(
      within(dialog).getByLabelText(/^Chair/),
      'user:default/amara.okafor',
    );
    await user.type(
      within(dialog).getByLabelText(/^Attendee/),
      'user:default/elena.petrova',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    api.listManagementReviews.mockResolvedValue([planned]);
    await user.click(
      within(dialog).getByRole('button', { name: 'Create review' }),
    );
    await waitFor(() =>
      expect(api.createManagementReview).toHaveBeenCalledWith({
        title: 'Management review 2027',
        plannedAt: '2027-01-12',
        chair: 'user:default/amara.okafor',
        attendees: ['user:default/elena.petrova'],
      }),
    );

    await user.click(
      await screen.findByRole('button', { name: 'Add a decision' }),
    );
    const decision = await screen.findByRole('dialog', {
      name: 'Add a decision',
    });
    await user.type(
      within(decision).getByLabelText(/^Decision/),
      'Fund a bias test suite',
    );
    await user.click(
      within(decision).getByRole('button', { name: 'Add decision' }),
    );
    await waitFor(() =>
      expect(api.updateManagementReview).toHaveBeenCalledWith('r2', 1, {
        decisions: ['Fund a bias test suite'],
      }),
    );

    await user.click(
      await screen.findByRole('button', { name: 'Add an action' }),
    );
    const action = await screen.findByRole('dialog', {
      name: 'Add an action',
    });
    await user.type(within(action).getByLabelText(/^Action/), 'Buy the tool');
    await user.type(within(action).getByLabelText(/^Owner/), 'lending');
    await user.type(within(action).getByLabelText(/^Due/), '2027-02-01');
    await user.click(
      within(action).getByRole('button', { name: 'Add action' }),
    );
    // Checked by the API's schema before anything is sent.
    expect(
      await within(action).findByText(/Owner must be a user or group/),
    ).toBeInTheDocument();
    expect(api.updateManagementReview).toHaveBeenCalledTimes(1);
  });

  it('marks a review held, and downloads the minutes as Markdown and PDF', async () => {
    const user = setupUser();
    const saved: Array<{ type: string; name: string }> = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ type: blob.type, name: '' });
      return 'blob:minutes';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const api = createMockAiGovernanceApi({
      listManagementReviews: async () => [planned],
      updateManagementReview: async () => ({ ...planned, status: 'held' }),
      getManagementReviewMinutesMarkdown: async () => '# Minutes',
      getManagementReviewMinutesPdf: async () =>
        new Blob(['%PDF'], { type: 'application/pdf' }),
    });
    await renderWithApis(<ManagementReviewsContent />, { api });
    await user.click(
      await screen.findByRole('button', { name: 'Management review 2027' }),
    );
    await user.click(screen.getByRole('button', { name: 'Mark as held' }));
    await waitFor(() =>
      expect(api.updateManagementReview).toHaveBeenCalledWith('r2', 1, {
        status: 'held',
      }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Download minutes (Markdown)' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Download minutes (PDF)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map(s => s.type)).toEqual([
      'text/markdown',
      'application/pdf',
    ]);
    expect(api.getManagementReviewMinutesMarkdown).toHaveBeenCalledWith('r2');
    expect(api.getManagementReviewMinutesPdf).toHaveBeenCalledWith('r2');
  });

  it('shows the refusal to close a review with no decision', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listManagementReviews: async () => [{ ...held, decisions: [] }],
      updateManagementReview: async () => {
        throw await apiError(
          400,
          'Invalid management review: decisions must record at least one decision before the minutes are final',
        );
      },
    });
    await renderWithApis(<ManagementReviewsContent />, { api });
    await user.click(
      await screen.findByRole('button', {
        name: 'Management review spring 2026',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Close review' }));
    expect(
      await screen.findByText(/at least one decision before the minutes/),
    ).toBeInTheDocument();
  });
});
