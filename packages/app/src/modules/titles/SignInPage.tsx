import { Helmet } from 'react-helmet';
import { SignInPage } from '@backstage/core-components';
import {
  configApiRef,
  type SignInPageProps,
  useApi,
} from '@backstage/core-plugin-api';

/**
 * The guest sign-in page, with the tab named "Sign in | <app title>": its
 * header is the app title, which the header's own document title would
 * otherwise repeat ("AI Governance Portal | AI Governance Portal").
 */
export function GuestSignInPage(props: SignInPageProps) {
  const appTitle =
    useApi(configApiRef).getOptionalString('app.title') ?? 'Backstage';
  const title = `Sign in | ${appTitle}`;
  return (
    <>
      <SignInPage {...props} providers={['guest']} />
      {/* The header mounts once the session check is done, after this, so
          its title template would win whatever this one said: correct the
          title each time Helmet writes it instead. */}
      <Helmet
        onChangeClientState={() => {
          if (document.title !== title) document.title = title;
        }}
      />
    </>
  );
}
