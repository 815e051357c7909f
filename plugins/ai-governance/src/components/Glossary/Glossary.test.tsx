import { render, screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../../__testUtils__';
import { GlossaryButton } from './GlossaryButton';

describe('GlossaryButton', () => {
  it('opens the glossary with the terms the pages use, and closes it', async () => {
    const user = setupUser();
    render(<GlossaryButton />);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Glossary' }));

    const dialog = within(
      await screen.findByRole('dialog', { name: 'Glossary' }),
    );
    for (const term of [
      'Risk appetite',
      'Risk score and risk level',
      'Inherent risk',
      'Residual risk',
      'Statement of Applicability (SoA)',
      'Scorecard levels',
      'EU AI Act tiers',
    ]) {
      expect(dialog.getByText(term)).toBeInTheDocument();
    }
    // The numbers are the code's own defaults.
    expect(
      dialog.getByText(/low 1–4, medium 5–9, high 10–16, critical 17–25/),
    ).toBeInTheDocument();
    expect(
      dialog.getByText(/at least 80 % of the applicable/),
    ).toBeInTheDocument();
    expect(dialog.getByText(/\(high by default\)/)).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
