import {
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
} from '@aigov/plugin-ai-governance-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ControlsView } from './ControlsView';
import {
  apiError,
  makeControls,
  makeEvidence,
  newEntityRef,
  renderWithApis,
  setupUser,
  createMockAiGovernanceApi,
} from '../../__testUtils__';
import {
  echoPut,
  openEditDialog,
  renderControls,
  row,
  section,
  setStatusButton,
} from '../../__testUtils__/controls';

// 38 rows of MUI in jsdom are slow to query; allow for a loaded CI machine.
jest.setTimeout(30_000);

const EDIT_REASON =
  'Only the owning team and the governance office can change controls';

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
        makeEvidence({
          id: 'ev-1',
          title: 'RACI chart',
          url: 'https://wiki.example.com/raci',
        }),
        makeEvidence({
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
    // The owner by its short name, linked to its page; the due date under it.
    expect(a32.getByRole('link', { name: 'credit-ml' })).toBeInTheDocument();
    expect(a32.getByText('due 2024-01-31').closest('td')).toHaveTextContent(
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

    const dialog = await openEditDialog(user, 'A.5.2');
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

    const dialog = await openEditDialog(user, 'A.5.2');
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
    expect(
      screen
        .getByText('Saved A.5.2: applicable, planned.')
        .closest('[role="status"]'),
    ).not.toBeNull();
  });

  it('asks before Escape discards an edited control, and closes an untouched one at once', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    await renderControls(api);

    let dialog = await openEditDialog(user, 'A.5.2');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    dialog = await openEditDialog(user, 'A.5.2');
    await user.type(within(dialog).getByLabelText('Owner'), 'group:default/x');
    await user.keyboard('{Escape}');
    expect(within(dialog).getByText('Discard your changes?')).toBeVisible();
    await user.click(
      within(dialog).getByRole('button', { name: 'Keep editing' }),
    );
    expect(within(dialog).getByLabelText('Owner')).toHaveValue(
      'group:default/x',
    );
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.putControl).not.toHaveBeenCalled();
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

    const dialog = await openEditDialog(user, 'A.5.2');
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
    // The status the user left alone shows what Bob stored.
    expect(within(dialog).getByLabelText('Status')).toHaveValue('planned');

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
