import { render, screen, waitFor, within } from '@testing-library/react';
import {
  aiSystem,
  createMockAiGovernanceApi,
  makeEvidence,
  makeRisk,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident } from '../../__testUtils__/incidents';
import { GovernanceTab } from '../GovernanceTab';
import { SeriousIncidentBanner } from './SeriousIncidentBanner';

jest.setTimeout(30_000);

/** The Governance tab's Incidents section of a system with `incidents`, one opened. */
async function openIncident(
  incident: ReturnType<typeof makeIncident>,
  api = createMockAiGovernanceApi(),
) {
  api.listEntityIncidents.mockResolvedValue({ items: [incident] });
  const user = setupUser();
  await renderWithApis(<GovernanceTab />, {
    api,
    entity: aiSystem('credit-scoring'),
    path: '/?section=incidents',
  });
  await user.click(await screen.findByRole('button', { name: incident.title }));
  return {
    user,
    api,
    detail: within(screen.getByRole('region', { name: incident.title })),
  };
}

describe('the serious-incident banner', () => {
  const now = Date.parse('2026-12-02T07:00:00.000Z');

  it('shows the time left to report and the rule that applies', () => {
    render(
      <SeriousIncidentBanner
        now={now}
        incident={makeIncident({
          serious: true,
          seriousCategory: 'widespread-infringement',
          reportDueAt: '2026-12-03T09:00:00.000Z',
        })}
      />,
    );
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent(
      '1 day 2 hours left to report (due 2026-12-03 09:00 UTC)',
    );
    expect(banner).toHaveTextContent('Widespread infringement (2 days)');
    expect(banner).toHaveTextContent('Art. 73 requires the report');
  });

  it('turns into an alert once the report is overdue', () => {
    render(
      <SeriousIncidentBanner
        now={now}
        incident={makeIncident({
          serious: true,
          seriousCategory: 'death',
          reportDueAt: '2026-12-01T19:00:00.000Z',
          reportOverdue: true,
          art73Applies: false,
        })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Report overdue by 12 hours (due 2026-12-01 19:00 UTC)',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('for information');
  });

  it('is not shown for an incident that is not serious', () => {
    const { container } = render(
      <SeriousIncidentBanner incident={makeIncident()} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the Governance tab Incidents section', () => {
  it('offers only the moves the transitions allow and rejects only with a reason', async () => {
    const incident = makeIncident({ version: 2 });
    const api = createMockAiGovernanceApi();
    api.updateIncident.mockResolvedValue({
      ...incident,
      status: 'rejected',
      rejectionReason: 'A duplicate',
    });
    const { user, detail } = await openIncident(incident, api);

    expect(detail.getByRole('button', { name: 'Triage' })).toBeEnabled();
    expect(detail.getByRole('button', { name: 'Reject' })).toBeEnabled();
    expect(detail.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(
      detail.queryByRole('button', { name: 'Start investigating' }),
    ).toBeNull();

    await user.click(detail.getByRole('button', { name: 'Reject' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Reject incident' }));
    expect(dialog.getByLabelText(/Reason/)).toHaveAccessibleDescription(
      'Reason must not be empty',
    );
    expect(api.updateIncident).not.toHaveBeenCalled();

    await user.type(dialog.getByLabelText(/Reason/), 'A duplicate');
    await user.click(dialog.getByRole('button', { name: 'Reject incident' }));
    await waitFor(() =>
      expect(api.updateIncident).toHaveBeenCalledWith(incident.id, 2, {
        status: 'rejected',
        rejectionReason: 'A duplicate',
      }),
    );
    const region = await screen.findByRole('region', { name: incident.title });
    expect(region).toHaveTextContent('Rejected because: A duplicate');
    expect(within(region).queryByRole('button', { name: 'Triage' })).toBeNull();
  });

  it('moves an incident one step forward at its version', async () => {
    const incident = makeIncident({ status: 'remediating', version: 5 });
    const api = createMockAiGovernanceApi();
    api.updateIncident.mockResolvedValue({ ...incident, status: 'closed' });
    const { user, detail } = await openIncident(incident, api);

    expect(detail.queryByRole('button', { name: 'Triage' })).toBeNull();
    await user.click(detail.getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(api.updateIncident).toHaveBeenCalledWith(incident.id, 5, {
        status: 'closed',
      }),
    );
  });

  it('creates a risk from the incident, its impact from the severity', async () => {
    const incident = makeIncident({ severity: 'critical', version: 3 });
    const api = createMockAiGovernanceApi();
    api.createRiskFromIncident.mockResolvedValue(
      makeRisk({ title: incident.title }),
    );
    api.getIncident.mockResolvedValue({ ...incident, version: 4 });
    const { user, detail } = await openIncident(incident, api);

    await user.click(
      detail.getByRole('button', { name: 'Create a risk from this incident' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByLabelText('Impact')).toHaveValue('5');
    // Stages read as in the risk register.
    expect(
      within(dialog.getByLabelText('Life-cycle stage')).getByRole('option', {
        name: 'Operation and monitoring',
        selected: true,
      }),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Create risk' }));

    await waitFor(() =>
      expect(api.createRiskFromIncident).toHaveBeenCalledWith(
        incident.id,
        3,
        expect.objectContaining({
          title: incident.title,
          category: 'Fundamental rights',
          likelihood: 3,
          impact: 5,
        }),
      ),
    );
    expect(
      await screen.findByText(
        `Risk “${incident.title}” added to the risk register.`,
      ),
    ).toBeInTheDocument();
  });

  it('shows the timeline with status changes and comments', async () => {
    const incident = makeIncident();
    const api = createMockAiGovernanceApi({
      listIncidentEntries: async () => [
        {
          id: 'e1',
          incidentId: incident.id,
          entityRef: incident.entityRef,
          kind: 'status-change',
          text: null,
          fromStatus: 'reported',
          toStatus: 'triaged',
          evidenceId: null,
          createdAt: '2026-12-01T10:00:00.000Z',
          createdBy: 'user:default/alice',
        },
      ],
    });
    api.addIncidentEntry.mockResolvedValue({} as never);
    const { user, detail } = await openIncident(incident, api);

    const timeline = await detail.findByRole('list', {
      name: 'Incident timeline',
    });
    expect(
      await within(timeline).findByText('Status Reported → Triaged'),
    ).toBeInTheDocument();
    await user.type(detail.getByLabelText('Comment'), 'Model rolled back');
    await user.click(detail.getByRole('button', { name: 'Add comment' }));
    await waitFor(() =>
      expect(api.addIncidentEntry).toHaveBeenCalledWith(incident.id, {
        kind: 'comment',
        text: 'Model rolled back',
      }),
    );
  });
});

describe('an incident seen by someone who may not triage it', () => {
  it('shows the incident and its report draft but no status moves, saying who triages', async () => {
    const incident = makeIncident({ entityRef: 'aisystem:default/not-mine' });
    const api = createMockAiGovernanceApi({
      listEntityIncidents: async () => ({ items: [incident] }),
    });
    const user = setupUser();
    await renderWithApis(<GovernanceTab />, {
      api,
      entity: aiSystem('not-mine'),
      path: '/?section=incidents',
      deny: ['ai-governance.incident.update'],
    });
    await user.click(
      await screen.findByRole('button', { name: incident.title }),
    );
    const detail = within(screen.getByRole('region', { name: incident.title }));

    expect(
      await detail.findByText(
        'Only the owning team or the governance office triages and updates this incident.',
      ),
    ).toBeInTheDocument();
    expect(detail.queryByRole('button', { name: 'Triage' })).toBeNull();
    expect(detail.queryByLabelText('Comment')).toBeNull();
    expect(
      detail.getByRole('button', { name: 'Download report draft (Markdown)' }),
    ).toBeEnabled();
  });
});

describe('the Art. 73 report state', () => {
  it('records the initial report and the authority, stamping when it was sent', async () => {
    const incident = makeIncident({
      serious: true,
      seriousCategory: 'other-serious-harm',
      reportDueAt: '2099-01-01T09:00:00.000Z',
      version: 6,
    });
    const api = createMockAiGovernanceApi();
    api.updateIncident.mockResolvedValue(incident);
    const { user, detail } = await openIncident(incident, api);

    await user.selectOptions(
      detail.getByLabelText('Report to the authority'),
      'initial-report-sent',
    );
    await user.type(detail.getByLabelText(/Authority/), 'BNetzA');
    await user.click(detail.getByRole('button', { name: 'Save report state' }));

    await waitFor(() =>
      expect(api.updateIncident).toHaveBeenCalledWith(incident.id, 6, {
        report: {
          state: 'initial-report-sent',
          initialSentAt: expect.stringMatching(/Z$/),
          finalSentAt: null,
          authority: 'BNetzA',
        },
      }),
    );
  });
});

describe('the investigation of an incident', () => {
  it('saves containment and root cause at the version read', async () => {
    const incident = makeIncident({ status: 'investigating', version: 8 });
    const api = createMockAiGovernanceApi();
    api.updateIncident.mockResolvedValue({
      ...incident,
      containment: 'Model rolled back',
      version: 9,
    });
    const { user, detail } = await openIncident(incident, api);

    await user.type(detail.getByLabelText(/Containment/), 'Model rolled back');
    await user.click(
      detail.getByRole('button', { name: 'Save investigation' }),
    );

    await waitFor(() =>
      expect(api.updateIncident).toHaveBeenCalledWith(incident.id, 8, {
        containment: 'Model rolled back',
        rootCause: null,
      }),
    );
    expect(
      await screen.findByText('Model rolled back', { selector: 'p' }),
    ).toBeInTheDocument();
  });
});

describe('evidence on the timeline', () => {
  it('attaches the system’s evidence as a timeline entry', async () => {
    const incident = makeIncident();
    const api = createMockAiGovernanceApi({
      listEvidence: async () => ({
        items: [makeEvidence({ id: 'ev-3', title: 'Post-mortem' })],
      }),
    });
    api.addIncidentEntry.mockResolvedValue({} as never);
    const { user, detail } = await openIncident(incident, api);

    await user.click(detail.getByRole('button', { name: 'Attach evidence' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(await dialog.findByLabelText(/Post-mortem/));
    await user.click(dialog.getByRole('button', { name: 'Attach' }));

    await waitFor(() =>
      expect(api.addIncidentEntry).toHaveBeenCalledWith(incident.id, {
        kind: 'attachment',
        evidenceId: 'ev-3',
      }),
    );
  });
});
