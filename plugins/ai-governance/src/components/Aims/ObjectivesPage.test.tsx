import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  type AimsObjective,
} from '@aigov/plugin-ai-governance-common';
import {
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { ObjectivesContent } from './ObjectivesPage';

jest.setTimeout(30_000);

/** Daily points from 2026-09-09 on, `n` of them. */
const days = (n: number, value: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({
    day: new Date(Date.UTC(2026, 8, 9 + i)).toISOString().slice(0, 10),
    value: value(i),
  }));

const readiness: AimsObjective = {
  id: 'o1',
  entityRef: AIMS_ENTITY_REF,
  title: 'Clause readiness of 80% before the stage 1 audit',
  description: 'Ready for the documentation review.',
  owner: 'user:default/elena.petrova',
  measure: 'clause-readiness',
  target: { value: 80, direction: 'at-least' },
  dueDate: '2027-03-31',
  current: {
    value: 39.1,
    detail: '6 implemented and 13 partial of 32 clauses',
    measuredAt: '2026-12-07T12:00:00.000Z',
  },
  status: 'at-risk',
  statusReason:
    'At the pace of the last 30 days it would be 70.2 on 2027-03-31, short of at least 80',
  trend: days(90, i => 18 + i * 0.24),
  version: 2,
  createdAt: '2026-12-07T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-12-07T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

const critical: AimsObjective = {
  ...readiness,
  id: 'o2',
  title: 'No open critical risk at year end',
  description: '',
  owner: 'group:default/ai-governance-office',
  measure: 'open-critical-risks',
  target: { value: 0, direction: 'at-most' },
  dueDate: '2026-11-30',
  current: { ...readiness.current, value: 1, detail: '1 open critical risk' },
  status: 'missed',
  statusReason: 'Due on 2026-11-30: 1, short of at most 0',
  trend: days(3, i => 3 - i),
  version: 1,
};

describe('the Objectives page', () => {
  it('shows each objective against its target with its status, owner and trend chart', async () => {
    const api = createMockAiGovernanceApi({
      listObjectives: async () => [readiness, critical],
    });
    await renderWithApis(<ObjectivesContent />, { api });

    const chart = await screen.findByRole('img', {
      name: 'Clause readiness, last 90 days',
    });
    expect(chart).toHaveAccessibleDescription(
      '90 daily snapshots from 2026-09-09 (18%) to 2026-12-07 (39.36%); target at least 80%',
    );
    // One dot per daily snapshot, and the target as a reference line.
    await waitFor(() =>
      expect(chart.querySelectorAll('.recharts-line-dot')).toHaveLength(90),
    );
    expect(within(chart).getByText('Target 80%')).toBeInTheDocument();
    expect(screen.getByText('39.1%')).toBeInTheDocument();
    expect(
      screen.getByText('target at least 80% by 2027-03-31'),
    ).toBeInTheDocument();
    expect(screen.getByText('At risk')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /elena\.petrova/ }),
    ).toHaveAttribute('href', '/catalog/default/user/elena.petrova');

    const missed = screen.getByRole('img', {
      name: 'Open critical risks, last 3 days',
    });
    await waitFor(() =>
      expect(missed.querySelectorAll('.recharts-line-dot')).toHaveLength(3),
    );
    expect(screen.getByText('Missed')).toBeInTheDocument();
    expect(
      screen.getByText('Due on 2026-11-30: 1, short of at most 0.'),
    ).toBeInTheDocument();
  });

  it('sets a new objective with the measure chosen from the list, showing the refusal under its field', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listObjectives: async () => [],
      createObjective: async () => {
        throw await apiError(400, 'Invalid objective', [
          { path: 'dueDate', message: 'must be after the review' },
        ]);
      },
    });
    await renderWithApis(<ObjectivesContent />, { api });
    expect(
      await screen.findByText(/No objective is set yet/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New objective' }));
    const dialog = await screen.findByRole('dialog', { name: 'New objective' });
    await user.type(
      within(dialog).getByLabelText(/^Title/),
      'Fewer overdue tasks',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Owner/ }),
      'group:default/ai-governance-office',
    );
    await user.selectOptions(
      within(dialog).getByLabelText('Measure'),
      'Overdue tasks',
    );
    expect(
      within(dialog).getByText(/Open tasks \(reviews, revalidations/),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(dialog).getByLabelText('Target direction'),
      'At most',
    );
    await user.type(within(dialog).getByLabelText(/^Target value/), '1.5');
    await user.type(within(dialog).getByLabelText(/^Due date/), '2027-01-31');
    await user.click(
      within(dialog).getByRole('button', { name: 'Set objective' }),
    );
    // A count's target is a whole number: checked before anything is sent.
    expect(
      await within(dialog).findByText(/must be a whole number/),
    ).toBeInTheDocument();
    expect(api.createObjective).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText(/^Target value/));
    await user.type(within(dialog).getByLabelText(/^Target value/), '2');
    await user.click(
      within(dialog).getByRole('button', { name: 'Set objective' }),
    );
    await waitFor(() =>
      expect(api.createObjective).toHaveBeenCalledWith({
        title: 'Fewer overdue tasks',
        description: '',
        owner: 'group:default/ai-governance-office',
        measure: 'overdue-tasks',
        target: { value: 2, direction: 'at-most' },
        dueDate: '2027-01-31',
      }),
    );
    expect(
      await within(dialog).findByText(/must be after the review/),
    ).toBeInTheDocument();
  });

  it('edits an objective at the version read', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listObjectives: async () => [critical],
      updateObjective: async () => ({ ...critical, version: 2 }),
    });
    await renderWithApis(<ObjectivesContent />, { api });
    await user.click(
      await screen.findByRole('button', {
        name: 'Edit No open critical risk at year end',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit No open critical risk at year end',
    });
    const due = within(dialog).getByLabelText(/^Due date/);
    await user.clear(due);
    await user.type(due, '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateObjective).toHaveBeenCalledWith(
        'o2',
        1,
        expect.objectContaining({ dueDate: '2027-03-31' }),
      ),
    );
    expect(await screen.findByText('Objective saved')).toBeInTheDocument();
  });
});
