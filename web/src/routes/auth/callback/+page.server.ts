/** Where Cognito's hosted sign-in returns: the code is exchanged for tokens here, with the PKCE verifier. */
import { redirect } from '@sveltejs/kit';
import { t } from '#lib/server/text.ts';
import { cognitoFromEnv, exchangeCode, SignInFailed, type PendingSignIn } from '#lib/server/cognito.ts';
import { landingPath, safeReturnPath } from '#lib/server/return-path.ts';
import { startCognitoSession } from '#lib/server/pool-sign-in.ts';
import { pendingSignIn } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

function parsePending(value: string | undefined): PendingSignIn | undefined {
  try {
    const pending = JSON.parse(value ?? '') as Partial<PendingSignIn>;
    return pending.state && pending.verifier
      ? { state: pending.state, verifier: pending.verifier, returnTo: pending.returnTo ?? landingPath }
      : undefined;
  } catch {
    return undefined;
  }
}

export const load: PageServerLoad = async ({ url, cookies }) => {
  const settings = cognitoFromEnv();
  const pending = parsePending(pendingSignIn.take(cookies, url));
  const code = url.searchParams.get('code');
  if (!settings) return { problem: t('callback.notConfigured') };
  if (url.searchParams.get('error')) return { problem: t('callback.refused') };
  if (!pending || !code || url.searchParams.get('state') !== pending.state) return { problem: t('callback.expired') };
  let signedIn;
  try {
    signedIn = await exchangeCode(settings, {
      code,
      redirectUri: new URL('/auth/callback', url).href,
      verifier: pending.verifier,
    });
  } catch (error) {
    if (error instanceof SignInFailed) return { problem: t('callback.failed') };
    throw error;
  }
  // An account without a role (no group in the user pool yet) would be turned away on every page.
  const started = await startCognitoSession(cookies, url, signedIn);
  if (started === 'no-role') return { problem: t('callback.noRole') };
  if (started === 'unavailable') return { problem: t('callback.failed') };
  redirect(303, safeReturnPath(pending.returnTo, url, landingPath));
};
