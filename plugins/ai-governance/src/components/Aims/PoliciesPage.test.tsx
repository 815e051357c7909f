import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  aimsPolicyUpdatePermission,
  type AimsDocument,
  type AimsDocumentSummary,
  type AimsRoles,
  type DocumentVersion,
} from '@aigov/plugin-ai-governance-common';
import {
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { reasonFor } from './__testUtils__/reasons';
import { PoliciesContent } from './PoliciesPage';

jest.setTimeout(30_000);

const ELENA = 'user:default/elena.petrova';
const JAMES = 'user:default/james.whitfield';
const BOARD = 'user:default/margaret.okafor';
const OFFICE = 'group:default/ai-governance-office';
const meta = {
  createdAt: '2025-11-01T09:00:00.000Z',
  createdBy: ELENA,
  updatedAt: '2026-11-20T09:00:00.000Z',
  updatedBy: ELENA,
};

const version = (
  number: number,
  overrides: Partial<DocumentVersion> = {},
): DocumentVersion => ({
  number,
  content: {
    format: 'markdown',
    markdown: `# AI policy\n\nVersion ${number} text.`,
  },
  changeSummary: `Change ${number}`,
  author: ELENA,
  createdAt: '2025-11-01T09:00:00.000Z',
  status: 'approved',
  submittedAt: '2025-11-02T09:00:00.000Z',
  rejectReason: null,
  approvedBy: BOARD,
  approvedAt: '2025-11-10T09:00:00.000Z',
  effectiveFrom: '2025-12-01',
  ...overrides,
});

const policy: AimsDocument = {
  id: 'p1',
  entityRef: AIMS_ENTITY_REF,
  kind: 'policy',
  topic: 'ai-policy',
  title: 'AI policy',
  owner: OFFICE,
  reviewMonths: 12,
  versions: [
    version(1),
    version(2, {
      content: {
        format: 'markdown',
        markdown: '# AI policy\n\n**Revised** text.',
      },
      status: 'in-approval',
      approvedBy: null,
      approvedAt: null,
      effectiveFrom: null,
    }),
  ],
  currentVersion: 1,
  nextReviewAt: '2026-11-10',
  version: 5,
  ...meta,
};

const { versions: _, ...policyMeta } = policy;
const summary: AimsDocumentSummary = {
  ...policyMeta,
  current: { ...version(1), content: undefined } as never,
  latest: { ...policy.versions[1], content: undefined } as never,
  reviewTask: { id: 't1', dueAt: '2026-11-10', assignee: OFFICE },
};
const procedure: AimsDocumentSummary = {
  ...summary,
  id: 'p2',
  kind: 'procedure',
  topic: null,
  title: 'AI risk assessment procedure',
  nextReviewAt: '2027-06-01',
  latest: summary.current!,
  reviewTask: null,
};

const roles = (holders: string[]): AimsRoles => ({
  id: 'roles',
  entityRef: AIMS_ENTITY_REF,
  roles: [{ role: 'top-management', holders, responsibilities: '' }],
  defined: true,
  version: 1,
  ...meta,
});

const now = new Date('2026-12-07T12:00:00.000Z');

/** The button once disabled; a ReasonButton is a new element when its reason changes, so it is found again. */
async function disabledButton(name: string) {
  await waitFor(() =>
    expect(screen.getByRole('button', { name })).toBeDisabled(),
  );
  return screen.getByRole('button', { name });
}

/** The page with the AI policy open for `userEntityRef`, `topManagement` holding that role; `more` answers the writes. */
async function renderAiPolicy(
  userEntityRef: string,
  topManagement: string[],
  more: Parameters<typeof createMockAiGovernanceApi>[0] = {},
) {
  const api = createMockAiGovernanceApi({
    listPolicies: async () => [summary],
    getPolicy: async () => policy,
    getAimsRoles: async () => roles(topManagement),
    ...more,
  });
  await renderWithApis(<PoliciesContent now={now} />, {
    api,
    userEntityRef,
    path: '/?document=p1',
  });
  return api;
}

describe('the Policies page', () => {
  it('lists the documents with the overdue review, and shows the current version and the history', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listPolicies: async () => [summary, procedure],
      getPolicy: async () => policy,
      getAimsRoles: async () => roles([BOARD]),
    });
    await renderWithApis(<PoliciesContent now={now} />, {
      api,
      userEntityRef: JAMES,
    });

    const table = await screen.findByRole('table', {
      name: 'Policies and procedures',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('AI policy (AI policy)Policy');
    expect(rows[0]).toHaveTextContent('v1 · v2 in approval');
    expect(rows[0]).toHaveTextContent(`2025-11-10 by ${BOARD}`);
    expect(rows[0]).toHaveTextContent(
      '2026-11-10 (overdue) · review task open',
    );
    expect(rows[1]).toHaveTextContent('2027-06-01');
    expect(rows[1]).not.toHaveTextContent('overdue');

    await user.click(
      within(rows[0]).getByRole('button', { name: 'AI policy' }),
    );
    expect(await screen.findByText('Version 1 text.')).toBeInTheDocument();
    expect(
      screen.getByText('Version 1 (Approved, current)'),
    ).toBeInTheDocument();
    const history = screen.getByRole('table', {
      name: 'Versions of AI policy',
    });
    expect(
      within(history)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent),
    ).toEqual([
      expect.stringContaining('v2In approvalChange 2'),
      expect.stringContaining('v1ApprovedChange 1'),
    ]);
    await user.click(screen.getByRole('button', { name: 'View v2' }));
    expect(await screen.findByText('Revised')).toBeInTheDocument();
    expect(screen.getByText('Version 2 (In approval)')).toBeInTheDocument();
  });

  it('keeps Approve disabled with the reason outside top management and for the author', async () => {
    const user = setupUser();
    await renderAiPolicy(JAMES, [BOARD, ELENA]);
    const approve = await disabledButton('Approve v2');
    expect(await reasonFor(user, approve)).toHaveTextContent(
      'you do not hold the AIMS role top-management',
    );
  });

  it('tells the author why they may not approve their own version', async () => {
    const user = setupUser();
    await renderAiPolicy(ELENA, [BOARD, ELENA]);
    const approve = await disabledButton('Approve v2');
    expect(await reasonFor(user, approve)).toHaveTextContent(
      'You wrote this version',
    );
    // Rejecting is open to her as top management.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Reject v2' })).toBeEnabled(),
    );
  });

  it('approves as top management at the version read', async () => {
    const user = setupUser();
    const approved = {
      ...policy,
      version: 6,
      currentVersion: 2,
      versions: [policy.versions[0], version(2)],
    };
    const api = await renderAiPolicy(BOARD, [BOARD], {
      approvePolicyVersion: async () => approved,
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Approve v2' })).toBeEnabled(),
    );
    await user.click(screen.getByRole('button', { name: 'Approve v2' }));
    await waitFor(() =>
      expect(api.approvePolicyVersion).toHaveBeenCalledWith('p1', 2, 5),
    );
    expect(await screen.findByText('Version 2 approved')).toBeInTheDocument();
  });

  it('creates a document and shows the API refusal on its field', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listPolicies: async () => [],
      getAimsRoles: async () => roles([]),
      createPolicy: async () => {
        throw await apiError(400, 'Invalid document: owner', [
          { path: 'owner', message: 'must be a known group' },
        ]);
      },
    });
    await renderWithApis(<PoliciesContent now={now} />, { api });
    expect(
      await screen.findByText(/No policy or procedure/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New document' }));
    const dialog = await screen.findByRole('dialog', { name: 'New document' });
    await user.click(within(dialog).getByLabelText(/This is the AI policy/));
    await user.type(within(dialog).getByLabelText(/^Title/), 'AI policy');
    await user.type(within(dialog).getByLabelText(/^Owner/), OFFICE);
    await user.type(within(dialog).getByLabelText(/^Markdown/), '# AI policy');
    await user.click(
      within(dialog).getByRole('button', { name: 'Create draft' }),
    );
    await waitFor(() =>
      expect(api.createPolicy).toHaveBeenCalledWith({
        kind: 'policy',
        topic: 'ai-policy',
        title: 'AI policy',
        owner: OFFICE,
        reviewMonths: 12,
        content: { format: 'markdown', markdown: '# AI policy' },
        changeSummary: 'First version',
      }),
    );
    expect(
      await within(dialog).findByText(/must be a known group/),
    ).toBeInTheDocument();
  });

  it('keeps New document disabled, with the reason, for everyone but the governance office', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listPolicies: async () => [],
      getAimsRoles: async () => roles([]),
    });
    await renderWithApis(<PoliciesContent now={now} />, {
      api,
      deny: [aimsPolicyUpdatePermission.name],
    });
    const create = await disabledButton('New document');
    expect(await reasonFor(user, create)).toHaveTextContent(
      'Only the governance office writes documents',
    );
  });
});
