import type { Assessment } from '@aigov/plugin-ai-governance-common';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { AssessmentsView } from '../components/Assessments';
import { makeAssessment, newEntityRef } from './fixtures';
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

/**
 * Opens the editor of an assessment type with its Start, Open or View button
 * and returns queries bound to it.
 */
export async function openEditor(
  user: UserEvent,
  action: 'Start' | 'Open' | 'View',
  name: string,
) {
  await user.click(
    screen.getByRole('button', { name: new RegExp(`^${action} ${name}`) }),
  );
  return within(editor(name));
}

/** Echoes an update of `stored` back as the stored record, version bumped. */
export function echoUpdate(api: MockAiGovernanceApi, stored: Assessment) {
  api.updateAssessment.mockImplementation(async (_id, version, patch) =>
    makeAssessment({
      ...stored,
      ...patch,
      version: version + 1,
    } as Partial<Assessment>),
  );
}
