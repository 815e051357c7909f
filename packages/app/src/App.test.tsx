import { render, screen, waitFor } from '@testing-library/react';
import App from './App';

// Jest loads YAML as data (the CLI's YAML transform), so the test runs with
// the config the demo portal runs with rather than a stand-in. Required by
// path: the file lies outside this package.
const appConfig = jest.requireActual<
  { app: { title: string } } & Record<string, unknown>
>(`${__dirname}/../../../app-config.yaml`);

describe('App', () => {
  it('opens on the sign-in page with the portal’s title and guest sign-in', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [{ data: appConfig, context: 'app-config.yaml' }] as any,
    };

    render(App.createRoot());

    // Without a backend nobody is signed in, so the sign-in page is what a
    // visitor sees first: the portal's name and the guest provider the
    // config enables.
    expect(
      await screen.findByText(appConfig.app.title, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(appConfig.app.title).toBe('AI Governance Portal');
    expect(screen.getByText('Guest')).toBeInTheDocument();
    expect(screen.getByText(/Enter as a Guest User/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enter' })).toBeEnabled();
    // The tab names the page and the app once, not the app title twice.
    await waitFor(() =>
      expect(document.title).toBe(`Sign in | ${appConfig.app.title}`),
    );
  });
});
