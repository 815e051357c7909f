import { within } from '@testing-library/react';
import { createMockAiGovernanceApi, setupUser } from '../../__testUtils__';
import {
  openEditDialog,
  renderControls,
  row,
} from '../../__testUtils__/controls';

// 38 rows of MUI in jsdom are slow to query; allow for a loaded CI machine.
jest.setTimeout(30_000);

describe('Control mappings', () => {
  it("shows a control's EU AI Act and NIST AI RMF references on its row and in its edit dialog", async () => {
    const user = setupUser();
    await renderControls(createMockAiGovernanceApi());

    // Under the control's guidance, not in a column of their own.
    expect(
      row('A.5.2').getByText(
        'EU AI Act Art. 27, Art. 9(2)(a), Art. 9(9) · NIST AI RMF MAP 1.1, MAP 5.1, MEASURE 2.7',
      ),
    ).toBeInTheDocument();

    const dialog = await openEditDialog(user, 'A.5.2');
    expect(
      within(dialog).getByText(/EU AI Act Art\. 27, .* NIST AI RMF MAP 1\.1/),
    ).toBeInTheDocument();
  });
});
