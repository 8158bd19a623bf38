/**
 * Cognito's hosted sign-in (English only), kept as a fallback to the site's own pages
 * (docs/decisions/0503): the authorisation code flow with PKCE, back to `/auth/callback`.
 */
import { redirect } from '@sveltejs/kit';
import { beginSignIn, cognitoFromEnv } from '#lib/server/cognito.ts';
import { landingPath, safeReturnPath } from '#lib/server/return-path.ts';
import { pendingSignIn } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, cookies }) => {
  const settings = cognitoFromEnv();
  if (!settings) redirect(303, '/sign-in');
  const returnTo = safeReturnPath(url.searchParams.get('returnTo'), url, landingPath);
  const { location, pending } = beginSignIn(settings, new URL('/auth/callback', url).href, returnTo);
  pendingSignIn.set(cookies, url, JSON.stringify(pending));
  redirect(303, location, { external: [new URL(settings.domain).origin] });
};
