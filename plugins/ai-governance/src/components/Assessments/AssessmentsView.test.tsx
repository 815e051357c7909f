import { classifyAiSystem } from '@aigov/plugin-ai-governance-common';
import { screen, waitFor, within } from '@testing-library/react';
import {
  APPROVED_BY_CAROL,
  apiError,
  makeAssessment,
  setupUser,
  createMockAiGovernanceApi,
} from '../../__testUtils__';
import {
  echoUpdate,
  openEditor,
  renderAssessments,
} from '../../__testUtils__/assessments';

jest.setTimeout(30_000);

describe('AssessmentsView', () => {
  it('lists assessments with their status and who changed and approved them', async () => {
    const api = createMockAiGovernanceApi();
    api.listAssessments.mockResolvedValue([
      makeAssessment({
        id: 'a1',
        type: 'risk',
        ...APPROVED_BY_CAROL,
      }),
      makeAssessment({
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
      makeAssessment({ type: body.type, answers: body.answers ?? {} }),
    );
    const entityRef = await renderAssessments(api);

    const form = await openEditor(user, 'Start', 'EU AI Act classification');
    await user.selectOptions(
      form.getByLabelText('Area of use listed in Annex III'),
      'employment',
    );
    await user.click(
      form.getByRole('checkbox', { name: 'Does it profile people?' }),
    );
    await user.click(
      form.getByRole('checkbox', {
        name: 'Interacts directly with people',
      }),
    );
    const outcome = form.getByRole('status');
    expect(outcome).toHaveTextContent('Suggested tier:');
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Save as draft' }));

    await waitFor(() => expect(api.createAssessment).toHaveBeenCalled());
    const answers = {
      prohibitedPractices: [],
      annexIIIArea: 'employment',
      productSafetyComponent: false,
      art6Exemption: false,
      profilesNaturalPersons: true,
      transparency: ['interacts-with-people'],
    };
    const { applicationDates: _dates, ...result } = classifyAiSystem(answers);
    const { tier, reasons } = result;
    expect(api.createAssessment).toHaveBeenCalledWith(
      expect.objectContaining({ name: entityRef.name }),
      { type: 'eu-ai-act-classification', answers, result },
    );
    // With no role answered, the result covers a provider and a deployer.
    expect(result.roles).toEqual(['provider', 'deployer']);
    expect(tier).toBe('high');
    expect(reasons).toContainEqual(expect.stringMatching(/Annex III/));
    expect(await form.findByText('Draft')).toBeInTheDocument();
  });

  it('names every prohibited practice, transparency case and yes/no answer exactly', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.createAssessment.mockImplementation(async (_e, body) =>
      makeAssessment({ type: body.type, answers: body.answers ?? {} }),
    );
    await renderAssessments(api);

    const form = await openEditor(user, 'Start', 'EU AI Act classification');
    // An Annex III area brings the provider's derogation question.
    await user.selectOptions(
      form.getByLabelText('Area of use listed in Annex III'),
      'employment',
    );
    for (const box of form.getAllByRole('checkbox')) {
      if (
        box.getAttribute('name') !== null &&
        box.getAttribute('type') === 'checkbox' &&
        // Hidden and shown again while the roles are ticked; clicked below.
        box.getAttribute('name') !== 'publicService'
      ) {
        await user.click(box);
      }
    }
    await user.click(form.getByRole('checkbox', { name: /public body/ }));
    await user.click(form.getByRole('button', { name: 'Save as draft' }));

    await waitFor(() => expect(api.createAssessment).toHaveBeenCalled());
    const answers = api.createAssessment.mock.calls[0][1].answers!;
    expect(answers.operatorRoles).toEqual([
      'provider',
      'deployer',
      'importer',
      'distributor',
      'authorised-representative',
      'product-manufacturer',
    ]);
    expect(answers.prohibitedPractices).toEqual([
      'subliminal-manipulation',
      'exploiting-vulnerabilities',
      'social-scoring',
      'criminal-risk-profiling',
      'untargeted-facial-scraping',
      'workplace-emotion-recognition',
      'sensitive-biometric-categorisation',
      'realtime-remote-biometric-identification',
      'non-consensual-intimate-imagery',
    ]);
    expect(answers.transparency).toEqual([
      'interacts-with-people',
      'generates-synthetic-content',
      'deepfake',
      'emotion-recognition',
      'biometric-categorisation',
    ]);
    expect(answers.publicService).toBe(true);
    expect(answers.productSafetyComponent).toBe(true);
    expect(answers.art6Exemption).toBe(true);
    expect(answers.profilesNaturalPersons).toBe(true);
  });

  it('submits an impact assessment for review with the version it was read at', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    const draft = makeAssessment({
      version: 2,
      answers: { benefits: 'Faster decisions' },
    });
    api.listAssessments.mockResolvedValue([draft]);
    echoUpdate(api, draft);
    await renderAssessments(api);

    const form = await openEditor(user, 'Open', 'Impact assessment');
    expect(form.getByLabelText('Benefits')).toHaveValue('Faster decisions');
    await user.type(form.getByLabelText('Affected people'), 'Loan applicants');
    await user.click(form.getByRole('button', { name: 'Submit for review' }));

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
    const draft = makeAssessment({ type: 'risk', version: 1 });
    api.listAssessments.mockResolvedValue([draft]);
    api.updateAssessment.mockRejectedValueOnce(await apiError(412, 'changed'));
    await renderAssessments(api);

    const form = await openEditor(user, 'Open', 'Risk assessment');
    await user.type(form.getByLabelText('Scope'), 'Model v2 in production');
    await user.click(form.getByRole('button', { name: 'Save as draft' }));
    expect(
      await form.findByText(/Someone else changed this record/),
    ).toBeInTheDocument();

    api.listAssessments.mockResolvedValue([
      { ...draft, version: 3, updatedBy: 'user:default/bob' },
    ]);
    echoUpdate(api, draft);
    await user.click(form.getByRole('button', { name: 'Reload latest' }));
    expect(
      await form.findByText(/changed by user:default\/bob/),
    ).toBeInTheDocument();
    expect(form.getByLabelText('Scope')).toHaveValue('Model v2 in production');

    await user.click(form.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(api.updateAssessment).toHaveBeenCalledTimes(2));
    expect(api.updateAssessment).toHaveBeenLastCalledWith(
      draft.id,
      3,
      expect.objectContaining({
        answers: expect.objectContaining({ scope: 'Model v2 in production' }),
      }),
    );
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
