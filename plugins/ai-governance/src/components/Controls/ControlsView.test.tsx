import {
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
  type Evidence,
} from '@aigov/plugin-ai-governance-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ControlsView } from './ControlsView';
import {
  type MockAiGovernanceApi,
  apiError,
  makeControls,
  createMockAiGovernanceApi,
  newEntityRef,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';

// 38 rows of MUI in jsdom are slow to query; allow for a loaded CI machine.
jest.setTimeout(30_000);

const EDIT_REASON =
  'Only the owning team and the governance office can change controls';

function evidence(overrides: Partial<Evidence>): Evidence {
  return {
    id: 'ev-1',
    entityRef: 'aisystem:default/credit-scoring',
    title: 'Evidence',
    kind: 'document',
    url: null,
    file: null,
    collectedAt: '2025-01-01T00:00:00.000Z',
    expiresAt: null,
    expired: false,
    controlIds: [],
    riskIds: [],
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    createdBy: 'user:default/alice',
    updatedAt: '2025-01-01T00:00:00.000Z',
    updatedBy: 'user:default/alice',
    ...overrides,
  };
}

/** Echoes a PUT back as the stored row, version bumped. */
function echoPut(api: MockAiGovernanceApi) {
  api.putControl.mockImplementation(async (_e, controlId, version, body) => ({
    ...makeControls().find(c => c.controlId === controlId)!,
    ...body,
    justification: body.justification ?? null,
    owner: body.owner ?? null,
    dueDate: body.dueDate ?? null,
    status: body.status ?? 'not-started',
    recorded: true,
    version: version + 1,
  }));
}

/*
 * Role queries over the whole 38-row page take seconds in jsdom, so the page
 * is searched by text and the rows, sections and dialogs found that way are
 * then queried by role and label.
 */

async function renderControls(api: MockAiGovernanceApi, deny?: string[]) {
  const entityRef = newEntityRef();
  await renderWithApis(<ControlsView entityRef={entityRef} />, { api, deny });
  await screen.findByText('A.2 AI policies');
  return entityRef;
}

/** The header of an objective's section and the region it folds. */
function section(objectiveId: string, title: string) {
  const header = screen
    .getByText(`${objectiveId} ${title}`)
    .closest('[aria-controls]')!;
  const region = document.getElementById(
    header.getAttribute('aria-controls')!,
  )!;
  expect(region).toHaveAttribute('role', 'region');
  return { header: header as HTMLElement, region };
}

/** The table row of a control, found by its id. */
const row = (controlId: string) =>
  within(screen.getByText(controlId, { selector: 'strong' }).closest('tr')!);

const setStatusButton = () =>
  screen.getByText('Set status…').closest('button')!;

/** The open dialog, found by its title. */
async function dialogTitled(title: RegExp) {
  const heading = await screen.findByText(title);
  return heading.closest('[role="dialog"]') as HTMLElement;
}

describe('ControlsView', () => {
  it('lists the 38 controls under their 9 objectives with implemented counts', async () => {
    const api = createMockAiGovernanceApi();
    api.listControls.mockResolvedValue(
      makeControls({
        'A.2.2': { status: 'implemented' },
        'A.2.3': { status: 'implemented' },
        'A.2.4': {
          applicable: false,
          justification: 'Covered by group policy',
        },
      }),
    );
    await renderControls(api);

    let total = 0;
    for (const objective of ANNEX_A_OBJECTIVES) {
      const { region } = section(objective.id, objective.title);
      const expected = ANNEX_A_CONTROLS.filter(
        c => c.objectiveId === objective.id,
      ).map(c => c.id);
      const shown = within(region)
        .getAllByText(/^A\.\d+\.\d+(\.\d+)?$/, { selector: 'strong' })
        .map(el => el.textContent);
      expect(shown).toEqual(expected);
      total += shown.length;
    }
    expect(total).toBe(38);
    // A.2.4 does not apply, so A.2 counts 2 of its 2 applicable controls.
    expect(section('A.2', 'AI policies').header).toHaveTextContent(
      '2 of 2 implemented',
    );
    expect(section('A.3', 'Internal accountability').header).toHaveTextContent(
      '0 of 2 implemented',
    );
    expect(screen.getByLabelText('Summary')).toHaveTextContent(
      'Implemented2 / 37',
    );
  });

  it('shows applicability, status, overdue and expired evidence on the rows', async () => {
    const api = createMockAiGovernanceApi();
    api.listControls.mockResolvedValue(
      makeControls({
        'A.2.4': {
          applicable: false,
          justification: 'Covered by group policy',
        },
        'A.3.2': {
          status: 'in-progress',
          owner: 'group:default/credit-ml',
          dueDate: '2024-01-31',
          overdue: true,
          evidence: [
            {
              id: 'ev-1',
              title: 'RACI chart',
              expiresAt: null,
              expired: false,
            },
            {
              id: 'ev-2',
              title: 'Old audit',
              expiresAt: '2024-01-01T00:00:00.000Z',
              expired: true,
            },
          ],
        },
      }),
    );
    api.listEvidence.mockResolvedValue({
      items: [
        evidence({
          id: 'ev-1',
          title: 'RACI chart',
          url: 'https://wiki.example.com/raci',
        }),
        evidence({
          id: 'ev-2',
          title: 'Old audit',
          url: 'https://wiki.example.com/audit',
          expired: true,
        }),
      ],
    });
    await renderControls(api);

    const excluded = row('A.2.4');
    expect(excluded.getByText('not applicable')).toBeInTheDocument();
    expect(excluded.getByText('Covered by group policy')).toBeInTheDocument();

    const a32 = row('A.3.2');
    expect(a32.getByText('In progress')).toBeInTheDocument();
    expect(a32.getByText('group:default/credit-ml')).toBeInTheDocument();
    expect(a32.getByText('2024-01-31').closest('td')).toHaveTextContent(
      'overdue',
    );
    expect(
      await a32.findByRole('link', { name: 'RACI chart' }),
    ).toHaveAttribute('href', 'https://wiki.example.com/raci');
    expect(
      a32.getByRole('link', { name: 'RACI chart' }).closest('li'),
    ).not.toHaveTextContent('expired');
    expect(
      a32.getByRole('link', { name: 'Old audit' }).closest('li'),
    ).toHaveTextContent('expired');

    const summary = screen.getByLabelText('Summary');
    expect(summary).toHaveTextContent('Overdue1');
    expect(summary).toHaveTextContent('Expired evidence1');
  });

  it('requires a justification to mark a control not applicable, without calling the API', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    await renderControls(api);

    await user.click(row('A.5.2').getByRole('button', { name: 'Edit A.5.2' }));
    const dialog = await dialogTitled(/^Edit A\.5\.2/);
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Applies to this AI system',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByText(
        'Justification is required when the control is not applicable',
      ),
    ).toBeInTheDocument();
    expect(api.putControl).not.toHaveBeenCalled();
  });

  it('saves an edited control with the version it was read at', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listControls.mockResolvedValue(
      makeControls({ 'A.5.2': { version: 3, recorded: true } }),
    );
    echoPut(api);
    const entityRef = await renderControls(api);

    await user.click(row('A.5.2').getByRole('button', { name: 'Edit A.5.2' }));
    const dialog = await dialogTitled(/^Edit A\.5\.2/);
    await user.selectOptions(
      within(dialog).getByLabelText('Status'),
      'planned',
    );
    await user.type(
      within(dialog).getByLabelText('Owner'),
      'group:default/credit-ml',
    );
    fireEvent.change(within(dialog).getByLabelText('Due date'), {
      target: { value: '2030-06-30' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.putControl).toHaveBeenCalledWith(
      expect.objectContaining({ name: entityRef.name }),
      'A.5.2',
      3,
      {
        applicable: true,
        justification: null,
        status: 'planned',
        owner: 'group:default/credit-ml',
        dueDate: '2030-06-30',
      },
    );
    // The list is read again to show what was stored.
    expect(api.listControls).toHaveBeenCalledTimes(2);
  });

  it('on a 412 offers to reload, keeps the input and saves with the fresh version', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listControls.mockResolvedValue(
      makeControls({ 'A.5.2': { version: 1, recorded: true } }),
    );
    api.putControl.mockRejectedValueOnce(
      await apiError(412, 'The control changed since version 1'),
    );
    await renderControls(api);

    await user.click(row('A.5.2').getByRole('button', { name: 'Edit A.5.2' }));
    const dialog = await dialogTitled(/^Edit A\.5\.2/);
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Applies to this AI system',
      }),
    );
    await user.type(
      within(dialog).getByLabelText(/Justification/),
      'No people are affected',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(/Someone else changed this record/),
    ).toBeInTheDocument();

    // Meanwhile someone else recorded version 2.
    api.listControls.mockResolvedValue(
      makeControls({
        'A.5.2': {
          version: 2,
          recorded: true,
          status: 'planned',
          updatedBy: 'user:default/bob',
        },
      }),
    );
    echoPut(api);
    await user.click(
      within(dialog).getByRole('button', { name: 'Reload latest' }),
    );

    expect(
      await within(dialog).findByText(/changed by user:default\/bob/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Justification/)).toHaveValue(
      'No people are affected',
    );
    expect(
      within(dialog).getByRole('checkbox', {
        name: 'Applies to this AI system',
      }),
    ).not.toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.putControl).toHaveBeenCalledTimes(2);
    expect(api.putControl).toHaveBeenLastCalledWith(
      expect.anything(),
      'A.5.2',
      2,
      expect.objectContaining({
        applicable: false,
        justification: 'No people are affected',
      }),
    );
  });

  it('sets the status of the selected controls one by one, keeping their other fields', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.listControls.mockResolvedValue(
      makeControls({
        'A.6.2.2': {
          version: 4,
          recorded: true,
          owner: 'group:default/credit-ml',
        },
        'A.7.2': {
          applicable: false,
          justification: 'No training data',
          version: 1,
          recorded: true,
        },
      }),
    );
    echoPut(api);
    await renderControls(api);

    for (const id of ['A.2.2', 'A.6.2.2', 'A.7.2']) {
      await user.click(row(id).getByRole('checkbox', { name: `Select ${id}` }));
    }
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    await user.click(setStatusButton());
    const dialog = await dialogTitled(/^Set status of 3 controls/);
    await user.selectOptions(
      within(dialog).getByLabelText('New status'),
      'in-progress',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.putControl.mock.calls.map(c => [c[1], c[2], c[3]])).toEqual([
      [
        'A.2.2',
        0,
        expect.objectContaining({ status: 'in-progress', applicable: true }),
      ],
      [
        'A.6.2.2',
        4,
        expect.objectContaining({
          status: 'in-progress',
          owner: 'group:default/credit-ml',
        }),
      ],
      [
        'A.7.2',
        1,
        expect.objectContaining({
          status: 'in-progress',
          applicable: false,
          justification: 'No training data',
        }),
      ],
    ]);
    expect(screen.queryByText('3 selected')).not.toBeInTheDocument();
  });

  it('reports the controls a bulk change could not update and keeps them selected', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    echoPut(api);
    api.putControl.mockImplementationOnce(async () => {
      throw await apiError(412, 'stale');
    });
    await renderControls(api);

    await user.click(
      section('A.2', 'AI policies').region.querySelector(
        'input[aria-label="Select all controls of A.2"]',
      )!,
    );
    await user.click(setStatusButton());
    const dialog = await dialogTitled(/^Set status of 3 controls/);
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('1 of 3 controls were not updated');
    expect(alert).toHaveTextContent('A.2.2: someone else changed it');
    expect(api.putControl).toHaveBeenCalledTimes(3);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    expect(
      row('A.2.2').getByRole('checkbox', { name: 'Select A.2.2' }),
    ).toBeChecked();
    expect(
      row('A.2.3').getByRole('checkbox', { name: 'Select A.2.3' }),
    ).not.toBeChecked();
  });

  it('adds link evidence to a control', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.createEvidence.mockImplementation(async (_e, body) =>
      evidence({ id: 'ev-new', title: body.title, url: body.url ?? null }),
    );
    const entityRef = await renderControls(api);

    await user.click(
      row('A.6.2.4').getByRole('button', { name: 'Add evidence to A.6.2.4' }),
    );
    const dialog = await dialogTitled(/^Add evidence for A\.6\.2\.4/);
    await user.type(
      within(dialog).getByLabelText(/Title/),
      'Validation report Q1',
    );
    await user.selectOptions(
      within(dialog).getByLabelText('Kind'),
      'test-result',
    );
    await user.type(
      within(dialog).getByLabelText(/URL/),
      'https://reports.example.com/q1',
    );
    fireEvent.change(within(dialog).getByLabelText(/Collected on/), {
      target: { value: '2025-03-01' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Expires on/), {
      target: { value: '2026-03-01' },
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Add evidence' }),
    );

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.createEvidence).toHaveBeenCalledWith(
      expect.objectContaining({ name: entityRef.name }),
      {
        title: 'Validation report Q1',
        kind: 'test-result',
        url: 'https://reports.example.com/q1',
        collectedAt: '2025-03-01',
        expiresAt: '2026-03-01',
        controlIds: ['A.6.2.4'],
      },
    );
    expect(api.uploadEvidenceContent).not.toHaveBeenCalled();
  });

  it('shows evidence field errors and sends nothing while the input is invalid', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    await renderControls(api);

    await user.click(
      row('A.6.2.4').getByRole('button', { name: 'Add evidence to A.6.2.4' }),
    );
    const dialog = await dialogTitled(/^Add evidence for A\.6\.2\.4/);
    await user.type(within(dialog).getByLabelText(/URL/), 'wiki page');
    await user.click(
      within(dialog).getByRole('button', { name: 'Add evidence' }),
    );

    expect(
      within(dialog).getByText('Title must not be empty'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('URL must be an http or https URL'),
    ).toBeInTheDocument();
    expect(api.createEvidence).not.toHaveBeenCalled();
  });

  it('shows the field errors the API names', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.createEvidence.mockRejectedValue(
      await apiError(400, 'Invalid evidence', [
        { path: 'expiresAt', message: 'must not be before collectedAt' },
      ]),
    );
    await renderControls(api);

    await user.click(
      row('A.6.2.4').getByRole('button', { name: 'Add evidence to A.6.2.4' }),
    );
    const dialog = await dialogTitled(/^Add evidence for A\.6\.2\.4/);
    await user.type(within(dialog).getByLabelText(/Title/), 'Report');
    await user.type(
      within(dialog).getByLabelText(/URL/),
      'https://example.com/r',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Add evidence' }),
    );

    expect(
      await within(dialog).findByText(
        'Expires on must not be before collectedAt',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Invalid evidence',
    );
  });

  it('uploads a file as evidence after creating its record', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    const created = evidence({
      id: 'ev-file',
      title: 'Model card',
      file: {
        name: 'card.pdf',
        mediaType: 'application/pdf',
        size: null,
        sha256: null,
        uploaded: false,
      },
    });
    api.createEvidence.mockResolvedValue(created);
    api.uploadEvidenceContent.mockResolvedValue({
      ...created,
      file: {
        ...created.file!,
        uploaded: true,
        size: 5,
        sha256: 'a'.repeat(64),
      },
    });
    await renderControls(api);

    await user.click(
      row('A.6.2.7').getByRole('button', { name: 'Add evidence to A.6.2.7' }),
    );
    const dialog = await dialogTitled(/^Add evidence for A\.6\.2\.7/);
    await user.click(
      within(dialog).getByRole('radio', { name: 'A file to upload' }),
    );
    await user.type(within(dialog).getByLabelText(/Title/), 'Model card');
    const file = new File(['%PDF-'], 'card.pdf', { type: 'application/pdf' });
    await user.upload(within(dialog).getByLabelText(/^File/), file);
    await user.click(
      within(dialog).getByRole('button', { name: 'Add evidence' }),
    );

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.createEvidence).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        title: 'Model card',
        fileName: 'card.pdf',
        mediaType: 'application/pdf',
        controlIds: ['A.6.2.7'],
      }),
    );
    expect(api.uploadEvidenceContent).toHaveBeenCalledWith('ev-file', file);
  });

  it('keeps actions visible but disabled, with the reason, when changes are not allowed', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    await renderControls(api, [
      'ai-governance.control.update',
      'ai-governance.evidence.create',
    ]);

    const a22 = row('A.2.2');
    const edit = a22.getByRole('button', { name: 'Edit A.2.2' });
    await waitFor(() => expect(edit).toBeDisabled());
    expect(
      a22.getByRole('button', { name: 'Add evidence to A.2.2' }),
    ).toBeDisabled();
    expect(a22.getByRole('checkbox', { name: 'Select A.2.2' })).toBeDisabled();
    expect(setStatusButton()).toBeDisabled();

    await user.hover(edit.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(EDIT_REASON);
  });

  it('explains when the controls cannot be read', async () => {
    const api = createMockAiGovernanceApi();
    api.listControls.mockRejectedValue(await apiError(403, 'not allowed'));
    await renderWithApis(<ControlsView entityRef={newEntityRef()} />, { api });
    expect(
      await screen.findByText(
        'You do not have access to the controls of this AI system.',
      ),
    ).toBeInTheDocument();
  });
});
