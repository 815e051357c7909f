import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ControlsView } from '../components/Controls';
import { makeControls, newEntityRef } from './fixtures';
import type { MockAiGovernanceApi } from './mockApi';
import { renderWithApis } from './renderWithApis';

/** Echoes a PUT back as the stored row, version bumped. */
export function echoPut(api: MockAiGovernanceApi) {
  api.putControl.mockImplementation(async (_e, controlId, version, body) => ({
    ...makeControls().find(c => c.controlId === controlId)!,
    ...body,
    justification: body.justification ?? null,
    owner: body.owner ?? null,
    dueDate: body.dueDate ?? null,
    status: body.status ?? 'not-started',
    recorded: true,
    version: version + 1,
  }));
}

/*
 * Role queries over the whole 38-row page take seconds in jsdom, so the page
 * is searched by text and the rows, sections and dialogs found that way are
 * then queried by role and label.
 */

export async function renderControls(
  api: MockAiGovernanceApi,
  deny?: string[],
) {
  const entityRef = newEntityRef();
  await renderWithApis(<ControlsView entityRef={entityRef} />, { api, deny });
  await screen.findByText('A.2 AI policies');
  return entityRef;
}

/** The header of an objective's section and the region it folds. */
export function section(objectiveId: string, title: string) {
  const header = screen
    .getByText(`${objectiveId} ${title}`)
    .closest('[aria-controls]')!;
  const region = document.getElementById(
    header.getAttribute('aria-controls')!,
  )!;
  expect(region).toHaveAttribute('role', 'region');
  return { header: header as HTMLElement, region };
}

/** The table row of a control, found by its id. */
export const row = (controlId: string) =>
  within(screen.getByText(controlId, { selector: 'strong' }).closest('tr')!);

export const setStatusButton = () =>
  screen.getByText('Set status…').closest('button')!;

/** The open dialog, found by its title. */
export async function dialogTitled(title: RegExp) {
  const heading = await screen.findByText(title);
  return heading.closest('[role="dialog"]') as HTMLElement;
}

/** A pattern matching text that starts with `text`, taken literally. */
const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Clicks a button of a control's row and returns the dialog it opens. */
async function openFromRow(
  user: UserEvent,
  controlId: string,
  button: string,
  title: string,
) {
  await user.click(row(controlId).getByRole('button', { name: button }));
  return dialogTitled(startingWith(title));
}

/** Opens the Edit dialog of a control and returns it. */
export const openEditDialog = (user: UserEvent, id: string) =>
  openFromRow(user, id, `Edit ${id}`, `Edit ${id}`);

/** Opens the Add evidence dialog of a control and returns it. */
export const openEvidenceDialog = (user: UserEvent, id: string) =>
  openFromRow(user, id, `Add evidence to ${id}`, `Add evidence for ${id}`);
