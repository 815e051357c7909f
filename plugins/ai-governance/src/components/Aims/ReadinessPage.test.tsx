import { screen, waitFor, within } from '@testing-library/react';
import type {
  Readiness,
  ReadinessQuery,
  ReadinessStage1Item,
} from '@aigov/plugin-ai-governance-common';
import {
  apiError,
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { ReadinessContent } from './ReadinessPage';

jest.setTimeout(30_000);

const SUPPORT = 'aisystem:default/customer-support-assistant';
const CREDIT = 'aisystem:default/retail-credit-scoring';

const items: ReadinessStage1Item[] = [
  {
    id: 'scope',
    title: 'Scope of the AI management system',
    clause: '4.3',
    present: true,
    link: '/ai-governance/aims/scope',
    why: 'The scope is recorded (version 1, changed on 2026-11-02) and puts 6 AI systems in scope',
  },
  {
    id: 'management-review',
    title: 'Management review results',
    clause: '9.3',
    present: false,
    link: '/ai-governance/aims/reviews',
    why: 'No management review has been held',
  },
];

const sampleOf = (sampleId: string, refs: string[]): Readiness['stage2'] => ({
  sampleId,
  size: 2,
  inScope: 6,
  systems: refs.map(entityRef => ({
    entityRef,
    title: entityRef === SUPPORT ? 'Customer support assistant' : null,
    link: `/catalog/default/aisystem/${entityRef.split('/')[1]}/governance`,
    pass: entityRef === SUPPORT,
    checks: [
      {
        id: 'risk-assessment',
        title: 'Approved risk assessment, not past review',
        pass: entityRef === SUPPORT,
        why:
          entityRef === SUPPORT
            ? 'A risk assessment is approved and no revalidation or reassessment is overdue'
            : 'No risk assessment is approved',
      },
      {
        id: 'impact-assessment',
        title: 'Approved impact assessment',
        pass: true,
        why: 'Not required at the limited tier',
      },
      {
        id: 'controls',
        title: 'Implemented controls with unexpired evidence',
        pass: entityRef === SUPPORT,
        why: '12 of 38 applicable controls implemented, 12 with unexpired evidence',
      },
      {
        id: 'reviews',
        title: 'Reviews and revalidations done on time',
        pass: entityRef === SUPPORT,
        why: 'None overdue; 2 reviews done in the last 12 months',
      },
    ],
    controls: {
      applicable: 38,
      implemented: 12,
      evidenced: 12,
      missingEvidence: [],
    },
  })),
});

const readiness = (stage2: Readiness['stage2']): Readiness => ({
  stage1: { items, presentCount: 1, total: 2 },
  stage2,
  surveillance: {
    certified: false,
    certificateDate: null,
    certificationBody: 'Example Certification Ltd',
    events: [
      {
        kind: 'stage-1',
        title: 'Stage 1 audit',
        date: '2027-03-15',
        past: false,
      },
      {
        kind: 'stage-2',
        title: 'Stage 2 audit',
        date: '2027-06-07',
        past: false,
      },
    ],
    note: 'No certificate is held yet; the stage 1 and stage 2 audits are planned',
  },
});

/** An API that draws `first` without a sample id and `again` for one. */
const drawing = () =>
  createMockAiGovernanceApi({
    getReadiness: async (query?: ReadinessQuery) =>
      readiness(
        query?.sampleId === 'audit-2027'
          ? sampleOf('audit-2027', [CREDIT, SUPPORT])
          : sampleOf(query?.size === 1 ? 'fresh-2' : 'fresh-1', [SUPPORT]),
      ),
  });

describe('the Readiness page', () => {
  it('shows the stage 1 checklist with its progress, each item present or missing with why and a link', async () => {
    await renderWithApis(<ReadinessContent />, { api: drawing() });
    const table = await screen.findByRole('table', {
      name: 'Stage 1: documented information',
    });
    expect(screen.getByText('1 of 2 present')).toBeInTheDocument();
    const [, scope, review] = within(table).getAllByRole('row');
    expect(scope).toHaveTextContent(
      'Scope of the AI management system4.3Present',
    );
    expect(scope).toHaveTextContent('puts 6 AI systems in scope');
    expect(
      within(scope).getByRole('link', {
        name: 'Scope of the AI management system',
      }),
    ).toHaveAttribute('href', '/ai-governance/aims/scope');
    expect(review).toHaveTextContent('Management review results9.3Missing');
    expect(review).toHaveTextContent('No management review has been held');

    // The calendar without a certificate: the planned stage audits.
    expect(
      screen.getByText(
        'No certificate is held yet; the stage 1 and stage 2 audits are planned (Example Certification Ltd).',
      ),
    ).toBeInTheDocument();
    const calendar = screen.getByRole('table', {
      name: 'Certification calendar',
    });
    expect(
      within(calendar)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent),
    ).toEqual([
      '2027-03-15Stage 1 auditUpcoming',
      '2027-06-07Stage 2 auditUpcoming',
    ]);
  });

  it('shows the sample id of a new draw, draws a sample again from an id entered, and draws a new one', async () => {
    const user = setupUser();
    const api = drawing();
    await renderWithApis(<ReadinessContent />, { api });
    expect(await screen.findByTestId('sample-id')).toHaveTextContent('fresh-1');
    expect(api.getReadiness).toHaveBeenLastCalledWith({});
    const sample = screen.getByRole('table', {
      name: 'Stage 2: operating evidence on a sample',
    });
    const [, row] = within(sample).getAllByRole('row');
    expect(row).toHaveTextContent('Customer support assistant');
    expect(row).toHaveTextContent('Passes');
    expect(
      within(row).getByRole('link', { name: 'Governance tab' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aisystem/customer-support-assistant/governance',
    );

    const id = screen.getByLabelText('Sample id');
    await user.clear(id);
    await user.type(id, 'audit-2027');
    await user.click(screen.getByRole('button', { name: 'Draw this sample' }));
    await waitFor(() =>
      expect(screen.getByTestId('sample-id')).toHaveTextContent('audit-2027'),
    );
    expect(api.getReadiness).toHaveBeenLastCalledWith({
      sampleId: 'audit-2027',
      size: 2,
    });
    const rows = within(
      screen.getByRole('table', {
        name: 'Stage 2: operating evidence on a sample',
      }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('retail-credit-scoring');
    expect(rows[1]).toHaveTextContent(
      'FailsFailNo risk assessment is approved',
    );

    const size = screen.getByLabelText('Size');
    await user.clear(size);
    await user.type(size, '1');
    await user.click(screen.getByRole('button', { name: 'Draw a new sample' }));
    await waitFor(() =>
      expect(screen.getByTestId('sample-id')).toHaveTextContent('fresh-2'),
    );
    expect(api.getReadiness).toHaveBeenLastCalledWith({ size: 1 });
  });

  it('draws the sample of the address again, so a link reproduces it', async () => {
    const api = drawing();
    await renderWithApis(<ReadinessContent />, {
      api,
      path: '/ai-governance/aims/readiness?sampleId=audit-2027&size=2',
    });
    expect(await screen.findByTestId('sample-id')).toHaveTextContent(
      'audit-2027',
    );
    expect(api.getReadiness).toHaveBeenCalledWith({
      sampleId: 'audit-2027',
      size: 2,
    });
    expect(screen.getByLabelText('Sample id')).toHaveValue('audit-2027');
  });

  it('says what is wrong with a sample id or size before drawing, as the API would', async () => {
    const user = setupUser();
    await renderWithApis(<ReadinessContent />, { api: drawing() });
    const id = await screen.findByLabelText('Sample id');
    await user.type(id, '!');
    expect(
      screen.getByText('must be 1 to 64 letters, digits, - or _'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Draw this sample' }),
    ).toBeDisabled();
    const size = screen.getByLabelText('Size');
    await user.clear(size);
    await user.type(size, '0');
    expect(
      screen.getByText('must be a positive whole number'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Draw a new sample' }),
    ).toBeDisabled();
  });

  it('explains a refusal to read readiness as a decision, not a fault', async () => {
    const api = createMockAiGovernanceApi({
      getReadiness: async () => {
        throw await apiError(
          403,
          'Reading the certification readiness needs unconditional ai-governance.readiness.read access',
        );
      },
    });
    await renderWithApis(<ReadinessContent />, { api });
    expect(
      await screen.findByText(
        'You do not have access to the certification readiness.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
  });
});
