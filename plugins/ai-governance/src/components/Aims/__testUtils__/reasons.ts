import { screen } from '@testing-library/react';
import type { setupUser } from '../../../__testUtils__';

/**
 * The tooltip that says why `button` is disabled: a disabled button gets no
 * mouse events, so the pointer goes to the wrapper that carries the reason.
 */
export async function reasonFor(
  user: ReturnType<typeof setupUser>,
  button: HTMLElement,
): Promise<HTMLElement> {
  await user.hover(button.parentElement!);
  return screen.findByRole('tooltip');
}
