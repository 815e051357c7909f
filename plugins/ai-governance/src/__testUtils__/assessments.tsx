import { screen } from '@testing-library/react';
import { AssessmentsView } from '../components/Assessments';
import { newEntityRef } from './fixtures';
import type { MockAiGovernanceApi } from './mockApi';
import { renderWithApis } from './renderWithApis';

/** Renders the assessments tab of a fresh entity and waits for its start buttons. */
export async function renderAssessments(
  api: MockAiGovernanceApi,
  deny?: string[],
) {
  const entityRef = newEntityRef();
  await renderWithApis(<AssessmentsView entityRef={entityRef} />, {
    api,
    deny,
  });
  await screen.findByRole('button', { name: 'Start risk assessment' });
  return entityRef;
}

/** The open editor, a region named by its heading. */
export const editor = (name: string) => screen.getByRole('region', { name });
