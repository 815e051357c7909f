import {
  type Assessment,
  classifyAiSystem,
} from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import { AssessmentsView } from './AssessmentsView';
import {
  type MockAiGovernanceApi,
  apiError,
  createMockAiGovernanceApi,
  newEntityRef,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';

jest.setTimeout(30_000);

function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    entityRef: 'aisystem:default/credit-scoring',
    type: 'impact',
    answers: {},
    result: null,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    version: 1,
    createdAt: '2025-02-01T10:00:00.000Z',
    createdBy: 'user:default/alice',
    updatedAt: '2025-02-02T10:00:00.000Z',
    updatedBy: 'user:default/alice',
    ...overrides,
  };
}

async function renderAssessments(api: MockAiGovernanceApi, deny?: string[]) {
  const entityRef = newEntityRef();
  await renderWithApis(<AssessmentsView entityRef={entityRef} />, {
    api,
    deny,
  });
  await screen.findByRole('button', { name: 'Start risk assessment' });
  return entityRef;
}

const editor = (name: string) => screen.getByRole('region', { name });

describe('AssessmentsView', () => {
  it('lists assessments with their status and who changed and approved them', async () => {
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      assessment({
        id: 'a1',
        type: 'risk',
        status: 'approved',
        approvedBy: 'user:default/carol',
        approvedAt: '2025-02-03T10:00:00.000Z',
      }),
      assessment({
        id: 'a2',
        type: 'eu-ai-act-classification',
        status: 'in-review',
        updatedBy: 'user:default/bob',
      }),
    ]);
    await renderAssessments(api);

    const table = screen.getByRole('table', { name: 'Assessments' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Risk assessment');
    expect(rows[0]).toHaveTextContent('Approved');
    expect(rows[0]).toHaveTextContent('user:default/carol');
    expect(rows[1]).toHaveTextContent('EU AI Act classification');
    expect(rows[1]).toHaveTextContent('In review');
    expect(rows[1]).toHaveTextContent('user:default/bob');
  });

  it('saves the EU AI Act classification with the exact answer field names', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.createAssessment.mockImplementation(async (_e, body) =>
      assessment({ type: body.type, answers: body.answers ?? {} }),
    );
    const entityRef = await renderAssessments(api);

    await user.click(
      screen.getByRole('button', { name: 'Start EU AI Act classification' }),
    );
    const form = editor('EU AI Act classification');
    await user.selectOptions(
      within(form).getByLabelText('Area of use listed in Annex III'),
      'employment',
    );
    await user.click(
      within(form).getByRole('checkbox', { name: 'Does it profile people?' }),
    );
    await user.click(
      within(form).getByRole('checkbox', {
        name: 'Interacts directly with people',
      }),
    );
    const outcome = within(form).getByRole('status');
    expect(outcome).toHaveTextContent('Suggested tier:');
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    await user.click(
      within(form).getByRole('button', { name: 'Save as draft' }),
    );

    await waitFor(() => expect(api.createAssessment).toHaveBeenCalled());
    const answers = {
      prohibitedPractices: [],
      annexIIIArea: 'employment',
      productSafetyComponent: false,
      art6Exemption: false,
      profilesNaturalPersons: true,
      transparency: ['interacts-with-people'],
    };
    const { tier, reasons, obligations } = classifyAiSystem(answers);
    expect(api.createAssessment).toHaveBeenCalledWith(
      expect.objectContaining({ name: entityRef.name }),
      {
        type: 'eu-ai-act-classification',
        answers,
        result: { tier, reasons, obligations },
      },
    );
    expect(tier).toBe('high');
    expect(reasons).toContainEqual(expect.stringMatching(/Annex III/));
    expect(await within(form).findByText('Draft')).toBeInTheDocument();
  });

  it('names every prohibited practice, transparency case and yes/no answer exactly', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.createAssessment.mockImplementation(async (_e, body) =>
      assessment({ type: body.type, answers: body.answers ?? {} }),
    );
    await renderAssessments(api);

    await user.click(
      screen.getByRole('button', { name: 'Start EU AI Act classification' }),
    );
    const form = editor('EU AI Act classification');
    for (const box of within(form).getAllByRole('checkbox')) {
      if (
        box.getAttribute('name') !== null &&
        box.getAttribute('type') === 'checkbox'
      ) {
        await user.click(box);
      }
    }
    await user.click(
      within(form).getByRole('button', { name: 'Save as draft' }),
    );

    await waitFor(() => expect(api.createAssessment).toHaveBeenCalled());
    const answers = api.createAssessment.mock.calls[0][1].answers!;
    expect(answers.prohibitedPractices).toEqual([
      'subliminal-manipulation',
      'exploiting-vulnerabilities',
      'social-scoring',
      'criminal-risk-profiling',
      'untargeted-facial-scraping',
      'workplace-emotion-recognition',
      'sensitive-biometric-categorisation',
      'realtime-remote-biometric-identification',
    ]);
    expect(answers.transparency).toEqual([
      'interacts-with-people',
      'generates-synthetic-content',
      'deepfake',
      'emotion-recognition',
      'biometric-categorisation',
    ]);
    expect(answers.productSafetyComponent).toBe(true);
    expect(answers.art6Exemption).toBe(true);
    expect(answers.profilesNaturalPersons).toBe(true);
  });

  it('submits an impact assessment for review with the version it was read at', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    const draft = assessment({
      version: 2,
      answers: { benefits: 'Faster decisions' },
    });
    api.listAssessments.mockResolvedValue([draft]);
    api.updateAssessment.mockImplementation(async (_id, version, patch) =>
      assessment({
        ...draft,
        ...patch,
        version: version + 1,
      } as Partial<Assessment>),
    );
    await renderAssessments(api);

    await user.click(
      screen.getByRole('button', { name: /^Open Impact assessment/ }),
    );
    const form = editor('Impact assessment');
    expect(within(form).getByLabelText('Benefits')).toHaveValue(
      'Faster decisions',
    );
    await user.type(
      within(form).getByLabelText('Affected people'),
      'Loan applicants',
    );
    await user.click(
      within(form).getByRole('button', { name: 'Submit for review' }),
    );

    await waitFor(() => expect(api.updateAssessment).toHaveBeenCalled());
    expect(api.updateAssessment).toHaveBeenCalledWith(draft.id, 2, {
      answers: {
        affectedPeople: 'Loan applicants',
        foreseeableHarms: '',
        benefits: 'Faster decisions',
        mitigations: '',
        residualImpact: '',
      },
      status: 'in-review',
    });
  });

  it('on a 412 reloads the latest version and keeps the answers typed', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    const draft = assessment({ type: 'risk', version: 1 });
    api.listAssessments.mockResolvedValue([draft]);
    api.updateAssessment.mockRejectedValueOnce(await apiError(412, 'changed'));
    await renderAssessments(api);

    await user.click(
      screen.getByRole('button', { name: /^Open Risk assessment/ }),
    );
    const form = editor('Risk assessment');
    await user.type(
      within(form).getByLabelText('Scope'),
      'Model v2 in production',
    );
    await user.click(
      within(form).getByRole('button', { name: 'Save as draft' }),
    );
    expect(
      await within(form).findByText(/Someone else changed this record/),
    ).toBeInTheDocument();

    api.listAssessments.mockResolvedValue([
      { ...draft, version: 3, updatedBy: 'user:default/bob' },
    ]);
    api.updateAssessment.mockImplementation(async (_id, version, patch) =>
      assessment({
        ...draft,
        ...patch,
        version: version + 1,
      } as Partial<Assessment>),
    );
    await user.click(
      within(form).getByRole('button', { name: 'Reload latest' }),
    );
    expect(
      await within(form).findByText(/changed by user:default\/bob/),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Scope')).toHaveValue(
      'Model v2 in production',
    );

    await user.click(
      within(form).getByRole('button', { name: 'Save as draft' }),
    );
    await waitFor(() => expect(api.updateAssessment).toHaveBeenCalledTimes(2));
    expect(api.updateAssessment).toHaveBeenLastCalledWith(
      draft.id,
      3,
      expect.objectContaining({
        answers: expect.objectContaining({ scope: 'Model v2 in production' }),
      }),
    );
  });

  it('keeps Approve disabled, with the reason, without the approve permission', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      assessment({ status: 'in-review' }),
    ]);
    await renderAssessments(api, ['ai-governance.assessment.approve']);

    await user.click(
      screen.getByRole('button', { name: /^Open Impact assessment/ }),
    );
    const form = editor('Impact assessment');
    const approve = within(form).getByRole('button', { name: 'Approve' });
    await waitFor(() => expect(approve).toBeDisabled());
    expect(
      within(form).getByText(
        /must be someone other than the person who started/,
      ),
    ).toHaveTextContent('user:default/alice');

    await user.hover(approve.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Only the governance office can approve assessments',
    );
    expect(api.approveAssessment).not.toHaveBeenCalled();
  });

  it('shows the API message when the author tries to approve', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    const inReview = assessment({ status: 'in-review', version: 4 });
    api.listAssessments.mockResolvedValue([inReview]);
    api.approveAssessment.mockRejectedValue(
      await apiError(
        403,
        'The approver must not be the author of the assessment',
      ),
    );
    await renderAssessments(api);

    await user.click(
      screen.getByRole('button', { name: /^Open Impact assessment/ }),
    );
    const form = editor('Impact assessment');
    const approve = within(form).getByRole('button', { name: 'Approve' });
    await waitFor(() => expect(approve).toBeEnabled());
    await user.click(approve);

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The approver must not be the author of the assessment',
    );
    expect(api.approveAssessment).toHaveBeenCalledWith(
      inReview.id,
      4,
      undefined,
    );
  });

  it('shows approved assessments read-only', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      assessment({
        status: 'approved',
        approvedBy: 'user:default/carol',
        approvedAt: '2025-02-03T10:00:00.000Z',
        answers: { benefits: 'Faster decisions' },
      }),
    ]);
    await renderAssessments(api);

    await user.click(
      screen.getByRole('button', { name: /^View Impact assessment/ }),
    );
    const form = editor('Impact assessment');
    expect(within(form).getByLabelText('Benefits')).toBeDisabled();
    expect(
      within(form).queryByRole('button', { name: /Save/ }),
    ).not.toBeInTheDocument();
    expect(
      within(form).queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    expect(
      within(form).getByText(/Approved by user:default\/carol/),
    ).toBeInTheDocument();
  });

  it('shows stored classification results, including the older suggestedTier shape', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      assessment({
        id: 'new',
        type: 'eu-ai-act-classification',
        result: { tier: 'limited', reasons: ['Interacts with people'] },
      }),
      assessment({
        id: 'old',
        type: 'eu-ai-act-classification',
        status: 'approved',
        approvedBy: 'user:default/carol',
        approvedAt: '2025-02-03T10:00:00.000Z',
        answers: {
          prohibitedPractices: [],
          annexIIIArea: 'employment',
          productSafetyComponent: false,
          art6Exemption: false,
          profilesNaturalPersons: false,
          transparency: [],
        },
        result: {
          suggestedTier: 'high',
          reasons: ['Used in an Annex III area (employment)'],
        },
      }),
      assessment({ id: 'impact', type: 'impact' }),
    ]);
    await renderAssessments(api);

    const table = screen.getByRole('table', { name: 'Assessments' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('limited risk')).toBeInTheDocument();
    expect(within(rows[1]).getByText('high risk')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('—');

    await user.click(
      within(rows[1]).getByRole('button', { name: /^View EU AI Act/ }),
    );
    const outcome = within(editor('EU AI Act classification')).getByRole(
      'status',
    );
    expect(outcome).toHaveTextContent('Recorded tier:');
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    expect(outcome).toHaveTextContent('Used in an Annex III area (employment)');
  });

  it('keeps the start buttons disabled, with the reason, without the create permission', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    await renderAssessments(api, ['ai-governance.assessment.create']);

    const start = screen.getByRole('button', { name: 'Start risk assessment' });
    await waitFor(() => expect(start).toBeDisabled());
    await user.hover(start.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Only the owning team and the governance office can start assessments',
    );
  });
});
