import { screen, waitFor, within } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  aimsContextUpdatePermission,
  completeAimsRoles,
  type AimsRoles,
} from '@aigov/plugin-ai-governance-common';
import type { Entity } from '@backstage/catalog-model';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { RolesContent } from './RolesPage';

jest.setTimeout(30_000);

const roles: AimsRoles = {
  id: 'roles',
  entityRef: AIMS_ENTITY_REF,
  defined: true,
  roles: completeAimsRoles([
    { role: 'top-management', holders: ['group:default/executive-committee'] },
    {
      role: 'governance-office',
      holders: ['group:default/ai-governance-office'],
    },
  ]),
  version: 2,
  createdAt: '2026-09-01T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-11-05T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

const catalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'james.whitfield', namespace: 'default' },
    spec: { profile: { displayName: 'James Whitfield' } },
  },
];

describe('the Roles page', () => {
  it('lists every role with its holders and responsibilities, and says which are unassigned', async () => {
    const api = createMockAiGovernanceApi({ getAimsRoles: async () => roles });
    await renderWithApis(<RolesContent />, { api });
    const table = await screen.findByRole('table', { name: 'AIMS roles' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('Top management');
    expect(
      within(rows[0]).getByRole('link', { name: /executive-committee/ }),
    ).toBeInTheDocument();
    expect(rows[4]).toHaveTextContent('Risk ownersUnassigned');
    expect(
      screen.getByText('Version 2; 3 of 5 roles unassigned'),
    ).toBeInTheDocument();
  });

  it('adds a holder picked from the catalog and saves every role at the version read', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      getAimsRoles: async () => roles,
      updateAimsRoles: async () => ({ ...roles, version: 3 }),
    });
    await renderWithApis(<RolesContent />, { api, catalogEntities });
    await user.click(await screen.findByRole('button', { name: 'Edit roles' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(
      within(dialog).getByLabelText('Holders of Internal auditors'),
    );
    await user.click(await screen.findByText('James Whitfield'));
    await user.click(
      within(dialog).getByRole('button', { name: 'Save roles' }),
    );

    await waitFor(() => expect(api.updateAimsRoles).toHaveBeenCalled());
    const [version, body] = api.updateAimsRoles.mock.calls[0];
    expect(version).toBe(2);
    expect(body.roles.map(r => r.role)).toEqual([
      'top-management',
      'aims-owner',
      'governance-office',
      'internal-auditor',
      'risk-owner',
    ]);
    expect(body.roles[3].holders).toEqual(['user:default/james.whitfield']);
    expect(await screen.findByText('Roles saved')).toBeInTheDocument();
  });

  it('keeps Edit roles disabled for everyone but the governance office', async () => {
    const api = createMockAiGovernanceApi({ getAimsRoles: async () => roles });
    await renderWithApis(<RolesContent />, {
      api,
      deny: [aimsContextUpdatePermission.name],
    });
    const edit = await screen.findByRole('button', { name: 'Edit roles' });
    await waitFor(() => expect(edit).toBeDisabled());
  });
});
