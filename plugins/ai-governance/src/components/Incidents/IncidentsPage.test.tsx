import { screen, waitFor, within } from '@testing-library/react';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident } from '../../__testUtils__/incidents';
import { IncidentsContent } from './IncidentsPage';

jest.setTimeout(30_000);

const serious = (title: string, reportDueAt: string, extra = {}) =>
  makeIncident({
    title,
    serious: true,
    seriousCategory: 'other-serious-harm',
    reportDueAt,
    ...extra,
  });

describe('the org incidents page', () => {
  it('lists running Art. 73 deadlines first, soonest due first, then every other incident', async () => {
    const api = createMockAiGovernanceApi({
      listIncidents: async () => ({
        items: [
          makeIncident({
            title: 'Newest, not serious',
            awareAt: '2026-12-02T09:00:00.000Z',
          }),
          serious('Due later', '2099-01-20T09:00:00.000Z'),
          serious('Already reported', '2026-11-01T09:00:00.000Z', {
            report: {
              state: 'initial-report-sent',
              initialSentAt: '2026-10-30T09:00:00.000Z',
              finalSentAt: null,
              authority: 'BNetzA',
            },
          }),
          serious('Overdue', '2026-11-20T09:00:00.000Z', {
            reportOverdue: true,
            entityRef: 'aisystem:default/chat-assistant',
          }),
          serious('Rejected one', '2026-11-10T09:00:00.000Z', {
            status: 'rejected',
          }),
        ],
      }),
    });
    await renderWithApis(<IncidentsContent />, { api });

    const deadlines = await screen.findByRole('table', {
      name: 'Art. 73 deadlines',
    });
    const rows = within(deadlines).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[1].textContent),
    ).toEqual(['Overdue', 'Due later']);
    expect(rows[0]).toHaveTextContent('chat-assistant');
    expect(rows[0]).toHaveTextContent('overdue');
    const others = screen.getByRole('table', { name: 'Other incidents' });
    expect(others).toHaveTextContent('Newest, not serious');
    expect(others).toHaveTextContent('Already reported');
    expect(others).toHaveTextContent('Rejected one');
  });

  it('asks the API for overdue serious incidents only when the filter is ticked', async () => {
    const api = createMockAiGovernanceApi();
    const user = setupUser();
    await renderWithApis(<IncidentsContent />, { api });
    await screen.findByText('No serious incident waits to be reported.');

    await user.click(screen.getByLabelText('Report overdue'));
    await waitFor(() =>
      expect(api.listIncidents).toHaveBeenLastCalledWith(
        expect.objectContaining({ overdue: true, limit: 100 }),
      ),
    );
  });
});
