import { screen, waitFor } from '@testing-library/react';
import {
  AIMS_ENTITY_REF,
  aimsObjectiveUpdatePermission,
  type AimsObjective,
} from '@aigov/plugin-ai-governance-common';
import { createMockAiGovernanceApi, renderWithApis } from '../../__testUtils__';
import { ObjectivesContent } from './ObjectivesPage';

/*
 * In a file of its own: the permission framework's answers are cached per
 * permission and entity for the whole file, so an allowed answer of
 * another test would be shown here first.
 */

const critical: AimsObjective = {
  id: 'o2',
  entityRef: AIMS_ENTITY_REF,
  title: 'No open critical risk at year end',
  description: '',
  owner: 'group:default/ai-governance-office',
  measure: 'open-critical-risks',
  target: { value: 0, direction: 'at-most' },
  dueDate: '2026-11-30',
  current: {
    value: 1,
    detail: '1 open critical risk',
    measuredAt: '2026-12-07T12:00:00.000Z',
  },
  status: 'missed',
  statusReason: 'Due on 2026-11-30: 1, short of at most 0',
  trend: [{ day: '2026-12-07', value: 1 }],
  version: 1,
  createdAt: '2026-12-07T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-12-07T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

describe('the Objectives page without the update permission', () => {
  it('disables setting and editing for everyone but the governance office, saying why', async () => {
    const api = createMockAiGovernanceApi({
      listObjectives: async () => [critical],
    });
    await renderWithApis(<ObjectivesContent />, {
      api,
      deny: [aimsObjectiveUpdatePermission.name],
    });
    await screen.findByRole('button', {
      name: 'Edit No open critical risk at year end',
    });
    await waitFor(() =>
      expect(
        screen.getByRole('button', {
          name: 'Edit No open critical risk at year end',
        }),
      ).toBeDisabled(),
    );
    expect(
      screen.getByRole('button', { name: 'New objective' }),
    ).toBeDisabled();
  });
});
