import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  auditUpdatePermission,
  type Audit,
} from '@aigov/plugin-ai-governance-common';
import {
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { reasonFor } from './__testUtils__/reasons';
import { AuditsContent } from './AuditsPage';

jest.setTimeout(30_000);

const SUPPORT = 'aisystem:default/customer-support-assistant';
const meta = {
  createdAt: '2026-09-01T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-09-12T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

const completed: Audit = {
  id: 'a1',
  entityRef: AIMS_ENTITY_REF,
  year: 2026,
  title: 'IA-2026-04: AI system operation and logging',
  scope: { clauses: ['9.1'], controls: ['A.6.2.8'], systems: [SUPPORT] },
  auditors: ['user:default/elena.petrova', 'user:default/james.whitfield'],
  leadAuditor: 'user:default/james.whitfield',
  plannedStart: '2026-09-08',
  plannedEnd: '2026-09-12',
  status: 'completed',
  cancelReason: null,
  summary: 'Operation conforms; one minor nonconformity',
  completedAt: '2026-09-12T16:00:00.000Z',
  findings: [
    {
      id: 'f1',
      kind: 'observation',
      reference: '10.2',
      entityRef: null,
      description: 'Trends are not reviewed',
      evidence: [],
      nonconformityId: null,
      recordedAt: '2026-09-10T10:00:00.000Z',
      recordedBy: 'user:default/james.whitfield',
    },
    {
      id: 'f2',
      kind: 'minor-nonconformity',
      reference: 'A.6.2.8',
      entityRef: SUPPORT,
      description: 'Handovers logged without tool calls',
      evidence: [],
      nonconformityId: 'nc-7',
      recordedAt: '2026-09-11T10:00:00.000Z',
      recordedBy: 'user:default/james.whitfield',
    },
  ],
  version: 6,
  ...meta,
};

const inProgress: Audit = {
  ...completed,
  id: 'a2',
  title: 'IA-2026-05: Risk assessment',
  status: 'in-progress',
  summary: '',
  completedAt: null,
  findings: [],
  plannedStart: '2026-12-01',
  plannedEnd: '2026-12-05',
  version: 2,
};

const now = new Date('2026-12-03T12:00:00.000Z');

describe('the Audits page', () => {
  it('shows the programme of the year and an audit with its findings, linking the nonconformity', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listAudits: async () => [completed, inProgress],
    });
    await renderWithApis(<AuditsContent now={now} />, { api });

    const table = await screen.findByRole('table', {
      name: 'Audit programme 2026',
    });
    expect(api.listAudits).toHaveBeenCalledWith({ year: 2026 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'IA-2026-04: AI system operation and logging2026-09-08 – 2026-09-12Completedjames.whitfield, elena.petrova2',
      'IA-2026-05: Risk assessment2026-12-01 – 2026-12-05In progressjames.whitfield, elena.petrova0',
    ]);

    await user.click(
      screen.getByRole('button', {
        name: 'IA-2026-04: AI system operation and logging',
      }),
    );
    const findings = await screen.findByRole('table', {
      name: 'Findings of IA-2026-04: AI system operation and logging',
    });
    expect(
      screen.getByText(
        'Conclusion: Operation conforms; one minor nonconformity',
      ),
    ).toBeInTheDocument();
    const [, observation, nc] = within(findings).getAllByRole('row');
    expect(observation).toHaveTextContent('Observation10.2');
    expect(nc).toHaveTextContent('Minor nonconformityA.6.2.8');
    expect(
      within(nc).getByRole('link', { name: 'Open nonconformity' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/customer-support-assistant/governance?section=incidents&record=nc-7',
    );
    // A completed audit takes no more findings.
    expect(
      screen.queryByRole('button', { name: 'Add a finding' }),
    ).not.toBeInTheDocument();
  });

  it('plans an audit and shows the refusal of an auditor whose team owns a system in scope', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listAudits: async () => [],
      createAudit: async () => {
        throw await apiError(
          409,
          'Refused by the rule of auditor independence (ISO/IEC 42001 9.2): user:default/lena may not audit aisystem:default/retail-credit-scoring, which their team group:default/lending owns',
        );
      },
    });
    await renderWithApis(<AuditsContent now={now} />, { api });
    expect(
      await screen.findByText('No internal audit is planned for 2026.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan an audit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Plan an internal audit for 2026',
    });
    await user.type(within(dialog).getByLabelText(/^Title/), 'Credit risk');
    await user.type(
      within(dialog).getByLabelText('AI systems'),
      'aisystem:default/retail-credit-scoring',
    );
    await user.type(
      within(dialog).getByLabelText(/^Auditors/),
      'user:default/lena',
    );
    await user.type(
      within(dialog).getByLabelText(/Planned start/),
      '2027-01-11',
    );
    await user.type(within(dialog).getByLabelText(/Planned end/), '2027-01-15');
    await user.click(
      within(dialog).getByRole('button', { name: 'Plan audit' }),
    );

    await waitFor(() =>
      expect(api.createAudit).toHaveBeenCalledWith({
        year: 2026,
        title: 'Credit risk',
        scope: {
          clauses: [],
          controls: [],
          systems: ['aisystem:default/retail-credit-scoring'],
        },
        auditors: ['user:default/lena'],
        leadAuditor: 'user:default/lena',
        plannedStart: '2027-01-11',
        plannedEnd: '2027-01-15',
      }),
    );
    expect(
      await within(dialog).findByText(/auditor independence/),
    ).toHaveTextContent('user:default/lena may not audit');
  });

  it('adds a nonconformity finding only with its AI system', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listAudits: async () => [inProgress],
      addAuditFinding: async () => inProgress,
    });
    await renderWithApis(<AuditsContent now={now} />, { api });
    await user.click(
      await screen.findByRole('button', {
        name: 'IA-2026-05: Risk assessment',
      }),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Add a finding' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(
      within(dialog).getByLabelText(/Kind/),
      'Minor nonconformity',
    );
    await user.type(within(dialog).getByLabelText(/Clause or control/), '8.2');
    await user.type(
      within(dialog).getByLabelText(/Description/),
      'No risk review in October',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Add finding' }),
    );
    expect(
      await within(dialog).findByText(
        'AI system must name the AI system it is on',
      ),
    ).toBeInTheDocument();
    expect(api.addAuditFinding).not.toHaveBeenCalled();

    await user.selectOptions(
      within(dialog).getByLabelText(/AI system/),
      SUPPORT,
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Add finding' }),
    );
    await waitFor(() =>
      expect(api.addAuditFinding).toHaveBeenCalledWith('a2', {
        kind: 'minor-nonconformity',
        reference: '8.2',
        entityRef: SUPPORT,
        description: 'No risk review in October',
        evidence: [],
      }),
    );
  });

  it('keeps Plan an audit disabled, with the reason, for everyone but the governance office', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({ listAudits: async () => [] });
    await renderWithApis(<AuditsContent now={now} />, {
      api,
      deny: [auditUpdatePermission.name],
    });
    const plan = await screen.findByRole('button', { name: 'Plan an audit' });
    await waitFor(() => expect(plan).toBeDisabled());
    expect(await reasonFor(user, plan)).toHaveTextContent(
      'Only the governance office can plan internal audits',
    );
  });
});
