import { screen, waitFor, within } from '@testing-library/react';
import {
  apiError,
  makeControls,
  setupUser,
  createMockAiGovernanceApi,
} from '../../__testUtils__';
import {
  echoPut,
  renderControls,
  section,
  row,
  setStatusButton,
  dialogTitled,
} from '../../__testUtils__/controls';

// 38 rows of MUI in jsdom are slow to query; allow for a loaded CI machine.
jest.setTimeout(30_000);

describe('BulkStatusDialog in the controls view', () => {
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
});
