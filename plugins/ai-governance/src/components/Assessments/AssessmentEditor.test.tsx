import { screen, waitFor, within } from '@testing-library/react';
import {
  APPROVED_BY_CAROL,
  apiError,
  makeAssessment,
  setupUser,
  createMockAiGovernanceApi,
} from '../../__testUtils__';
import {
  editor,
  openEditor,
  renderAssessments,
} from '../../__testUtils__/assessments';

jest.setTimeout(30_000);

describe('AssessmentEditor in the assessments view', () => {
  it('keeps Approve disabled, with the reason, without the approve permission', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      makeAssessment({ status: 'in-review' }),
    ]);
    await renderAssessments(api, ['ai-governance.assessment.approve']);

    const form = await openEditor(user, 'Open', 'Impact assessment');
    const approve = form.getByRole('button', { name: 'Approve' });
    await waitFor(() => expect(approve).toBeDisabled());
    expect(
      form.getByText(/must be someone other than the person who started/),
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
    const inReview = makeAssessment({ status: 'in-review', version: 4 });
    api.listAssessments.mockResolvedValue([inReview]);
    api.approveAssessment.mockRejectedValue(
      await apiError(
        403,
        'The approver must not be the author of the assessment',
      ),
    );
    await renderAssessments(api);

    const form = await openEditor(user, 'Open', 'Impact assessment');
    const approve = form.getByRole('button', { name: 'Approve' });
    await waitFor(() => expect(approve).toBeEnabled());
    await user.click(approve);

    expect(await form.findByRole('alert')).toHaveTextContent(
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
      makeAssessment({
        ...APPROVED_BY_CAROL,
        answers: { benefits: 'Faster decisions' },
      }),
    ]);
    await renderAssessments(api);

    const form = await openEditor(user, 'View', 'Impact assessment');
    expect(form.getByLabelText('Benefits')).toBeDisabled();
    expect(
      form.queryByRole('button', { name: /Save/ }),
    ).not.toBeInTheDocument();
    expect(
      form.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    expect(
      form.getByText(/Approved by user:default\/carol/),
    ).toBeInTheDocument();
  });

  it('shows stored classification results, including the older suggestedTier shape', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      makeAssessment({
        id: 'new',
        type: 'eu-ai-act-classification',
        result: { tier: 'limited', reasons: ['Interacts with people'] },
      }),
      makeAssessment({
        id: 'old',
        type: 'eu-ai-act-classification',
        ...APPROVED_BY_CAROL,
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
      makeAssessment({ id: 'impact', type: 'impact' }),
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

  it('keeps Submit for review disabled, with the reason, while a claimed derogation has no condition or justification', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    const answers = {
      operatorRoles: ['provider'],
      prohibitedPractices: [],
      annexIIIArea: 'employment',
      annexIIIUseCase: '4a',
      productSafetyComponent: false,
      art6Exemption: true,
      profilesNaturalPersons: false,
      transparency: [],
    };
    api.listAssessments.mockResolvedValue([
      makeAssessment({ type: 'eu-ai-act-classification', answers }),
    ]);
    await renderAssessments(api);

    const form = await openEditor(user, 'Open', 'EU AI Act classification');
    const submit = form.getByRole('button', { name: 'Submit for review' });
    await waitFor(() => expect(submit).toBeDisabled());
    await user.hover(submit.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'To submit the claimed Art. 6(3) derogation, choose the Art. 6(3) condition and write why the condition holds',
    );
    expect(form.getByRole('button', { name: 'Save as draft' })).toBeEnabled();
    expect(api.updateAssessment).not.toHaveBeenCalled();
  });
});
