import { screen, waitFor } from '@testing-library/react';
import { managementReviewUpdatePermission } from '@aigov/plugin-ai-governance-common';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  setupUser,
} from '../../__testUtils__';
import { reasonFor } from './__testUtils__/reasons';
import { ManagementReviewsContent } from './ManagementReviewsPage';

/*
 * A file of its own: the permission hook keeps its answer for a moment, so
 * a denial rendered right after the allowed pages of the other file would
 * still read as allowed.
 */

describe('the Management reviews page for everyone but the governance office', () => {
  it('keeps New review disabled, with the reason', async () => {
    const user = setupUser();
    const api = createMockAiGovernanceApi({
      listManagementReviews: async () => [],
    });
    await renderWithApis(<ManagementReviewsContent />, {
      api,
      deny: [managementReviewUpdatePermission.name],
    });
    const button = await screen.findByRole('button', { name: 'New review' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(await reasonFor(user, button)).toHaveTextContent(
      'Only the governance office can plan management reviews',
    );
  });
});
