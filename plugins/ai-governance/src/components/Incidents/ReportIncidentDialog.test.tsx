import { screen, waitFor, within } from '@testing-library/react';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { makeIncident } from '../../__testUtils__/incidents';
import { ReportIncidentDialog } from './ReportIncidentDialog';

jest.setTimeout(30_000);

const entityRef = { kind: 'AiSystem', namespace: 'default', name: 'credit' };

async function openDialog(api = createMockAiGovernanceApi()) {
  const onSaved = jest.fn();
  const user = setupUser();
  await renderWithApis(
    <ReportIncidentDialog
      entityRef={entityRef}
      onClose={jest.fn()}
      onSaved={onSaved}
    />,
    { api },
  );
  return { user, onSaved, dialog: within(screen.getByRole('dialog')) };
}

describe('ReportIncidentDialog', () => {
  it('marks the required fields and names what is missing before sending anything', async () => {
    const api = createMockAiGovernanceApi();
    const { user, dialog } = await openDialog(api);

    expect(dialog.getByRole('textbox', { name: /Title/ })).toBeRequired();
    expect(dialog.getByLabelText(/Severity/)).toBeRequired();
    expect(dialog.getByLabelText(/Aware at/)).toBeRequired();
    await user.click(dialog.getByRole('button', { name: 'Report incident' }));

    expect(
      dialog.getByRole('textbox', { name: /Title/ }),
    ).toHaveAccessibleDescription('Title must not be empty');
    expect(dialog.getByLabelText(/Severity/)).toHaveAccessibleDescription(
      /^Severity must be one of low, medium, high, critical/,
    );
    expect(api.createIncident).not.toHaveBeenCalled();
  });

  it('asks for the category of a serious incident, then reports it', async () => {
    const api = createMockAiGovernanceApi();
    const saved = makeIncident({ serious: true });
    api.createIncident.mockResolvedValue(saved);
    const { user, dialog, onSaved } = await openDialog(api);

    await user.type(
      dialog.getByRole('textbox', { name: /Title/ }),
      'Wrong refusals',
    );
    await user.selectOptions(dialog.getByLabelText(/Severity/), 'critical');
    await user.click(dialog.getByLabelText('Fundamental rights'));
    await user.type(dialog.getByLabelText(/People affected/), '40');
    await user.type(
      dialog.getByLabelText(/Groups affected/),
      'loan applicants, staff',
    );
    await user.click(
      dialog.getByRole('checkbox', { name: /Serious incident \(EU AI Act/ }),
    );
    await user.click(dialog.getByRole('button', { name: 'Report incident' }));
    expect(
      dialog.getByLabelText(/Serious incident category/),
    ).toHaveAccessibleDescription(
      'Serious incident category is required when the incident is serious',
    );
    expect(api.createIncident).not.toHaveBeenCalled();

    await user.selectOptions(
      dialog.getByLabelText(/Serious incident category/),
      'widespread-infringement',
    );
    await user.click(dialog.getByRole('button', { name: 'Report incident' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    const [ref, body] = api.createIncident.mock.calls[0];
    expect(ref).toEqual(entityRef);
    expect(body).toMatchObject({
      title: 'Wrong refusals',
      severity: 'critical',
      harmCategories: ['fundamental-rights'],
      affectedPeople: { count: 40, groups: ['loan applicants', 'staff'] },
      serious: true,
      seriousCategory: 'widespread-infringement',
    });
    expect(body.awareAt).toMatch(/Z$/);
  });
});
