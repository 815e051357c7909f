import { render, screen } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import { setupUser } from '../../__testUtils__';
import { LoadProgress } from './LoadError';

const forbidden = () =>
  ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'Not allowed' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    ),
  );

describe('LoadProgress', () => {
  it('shows the progress bar while the part loads', async () => {
    render(<LoadProgress state={{ retry: jest.fn() }} what="roles" />);
    // Backstage's Progress appears after a short delay, so a fast load never flashes it.
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what could not be loaded and tries again on request', async () => {
    const user = setupUser();
    const retry = jest.fn();
    render(
      <LoadProgress
        state={{ error: new Error('timed out'), retry }}
        what="training records"
      />,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not load the training records: timed out',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('explains a refusal, whose it is, without Try again', async () => {
    render(
      <LoadProgress
        state={{ error: await forbidden(), retry: jest.fn() }}
        what="controls"
        of="this AI system"
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You do not have access to the controls of this AI system.',
    );
    expect(
      screen.queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
  });
});
