import { screen, waitFor, within } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { catalogue, coverage, records } from './fixtures';
import { TrainingContent } from './TrainingPage';

jest.setTimeout(30_000);

const withTraining = (overrides = {}) =>
  createMockAiGovernanceApi({
    listTrainingCourses: async () => catalogue,
    getTrainingCoverage: async () => coverage,
    listTrainingRecords: async () => records,
    ...overrides,
  });

describe('the Training page', () => {
  it('shows coverage per team, the courses with who needs them, and the records with expiring and expired ones called out', async () => {
    const user = setupUser();
    const api = withTraining();
    await renderWithApis(<TrainingContent />, { api });

    const teams = await screen.findByRole('table', {
      name: 'Training coverage per team',
    });
    const rows = within(teams).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'Organisation5480%AI literacy for everyone 5/5 · Obligations for high-risk AI systems 2/3',
      'Lending Decisioning3267%AI literacy for everyone 3/3 · Obligations for high-risk AI systems 2/3',
      'Payments Risk22100%AI literacy for everyone 2/2',
    ]);

    const courses = await screen.findByRole('table', { name: 'Courses' });
    expect(within(courses).getAllByRole('row')[2]).toHaveTextContent(
      'Obligations for high-risk AI systemsThe duties of a high-risk AI system2 yearsMembers of teams owning a high-tier AI system',
    );

    const table = await screen.findByRole('table', {
      name: 'Training records',
    });
    const [, current, expiring, expired] = within(table).getAllByRole('row');
    expect(current).toHaveTextContent('Current');
    expect(
      within(current).getByRole('link', { name: 'Certificate' }),
    ).toHaveAttribute('href', 'https://lms.example.com/cert/1');
    expect(expiring).toHaveTextContent('Expiring within 30 days');
    expect(expired).toHaveTextContent('Expired');

    await user.selectOptions(screen.getByLabelText('Status'), 'expired');
    await waitFor(() =>
      expect(api.listTrainingRecords).toHaveBeenLastCalledWith({
        status: 'expired',
      }),
    );
    await user.selectOptions(
      screen.getByLabelText('Course'),
      'high-risk-obligations',
    );
    await waitFor(() =>
      expect(api.listTrainingRecords).toHaveBeenLastCalledWith({
        status: 'expired',
        course: 'high-risk-obligations',
      }),
    );
  });

  it('records the signed-in user’s training and shows the API’s refusal under its field', async () => {
    const user = setupUser();
    let calls = 0;
    const api = withTraining({
      createTrainingRecord: async (body: { courseId: string }) => {
        calls++;
        if (calls === 1) {
          throw await ResponseError.fromResponse(
            new Response(
              JSON.stringify({
                error: {
                  name: 'InputError',
                  message: 'Invalid training record',
                  details: [
                    {
                      path: 'completedAt',
                      message: 'must not be in the future',
                    },
                  ],
                },
                response: { statusCode: 400 },
              }),
              {
                status: 400,
                headers: { 'Content-Type': 'application/json' },
              },
            ),
          );
        }
        return { ...records[0], userRef: 'user:default/guest', ...body };
      },
    });
    await renderWithApis(<TrainingContent />, { api });
    await user.click(
      await screen.findByRole('button', { name: 'Record training' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record training',
    });
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Person/)).toHaveValue(
        'user:default/guest',
      ),
    );
    await user.selectOptions(
      within(dialog).getByLabelText('Course'),
      'high-risk-obligations',
    );
    const completed = within(dialog).getByLabelText(/^Completed on/);
    await user.clear(completed);
    await user.type(completed, '2026-11-30');
    await user.type(
      within(dialog).getByLabelText('Evidence'),
      'https://lms.example.com/cert/77',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await within(dialog).findByText('Completed on must not be in the future'),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.createTrainingRecord).toHaveBeenLastCalledWith({
      userRef: 'user:default/guest',
      courseId: 'high-risk-obligations',
      completedAt: '2026-11-30',
      evidence: 'https://lms.example.com/cert/77',
    });
    expect(
      await screen.findByText('Training recorded for user:default/guest'),
    ).toBeInTheDocument();
  });
});
