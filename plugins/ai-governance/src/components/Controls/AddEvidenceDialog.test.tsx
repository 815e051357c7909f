import { fireEvent, waitFor, within } from '@testing-library/react';
import {
  apiError,
  makeEvidence,
  setupUser,
  createMockAiGovernanceApi,
} from '../../__testUtils__';
import {
  openEvidenceDialog,
  renderControls,
} from '../../__testUtils__/controls';

// 38 rows of MUI in jsdom are slow to query; allow for a loaded CI machine.
jest.setTimeout(30_000);

describe('AddEvidenceDialog in the controls view', () => {
  it('adds link evidence to a control', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi();
    api.createEvidence.mockImplementation(async (_e, body) =>
      makeEvidence({ id: 'ev-new', title: body.title, url: body.url ?? null }),
    );
    const entityRef = await renderControls(api);

    const dialog = await openEvidenceDialog(user, 'A.6.2.4');
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

    const dialog = await openEvidenceDialog(user, 'A.6.2.4');
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

    const dialog = await openEvidenceDialog(user, 'A.6.2.4');
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
    const created = makeEvidence({
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

    const dialog = await openEvidenceDialog(user, 'A.6.2.7');
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
});
