/**
 * Signing out: the sign-out query revokes the person's tokens (as `POST /api/v1/me:sign-out`
 * does), Cognito revokes the session's refresh token, and the stored session is deleted
 * with its cookie, so neither a copied cookie nor a copied token opens anything afterwards.
 */
import { redirect } from '@sveltejs/kit';
import { signOut } from '@equal-partners/functions/identity/me-queries';
import { cognitoFromEnv, revokeRefreshToken, signOutUrl } from '#lib/server/cognito.ts';
import { attempt } from '#lib/server/queries.ts';
import { endSession, readSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: async ({ cookies, url, locals }) => {
    const cognito = cognitoFromEnv();
    const session = await readSession(cookies, url);
    // The session ends whatever the query answers; a token already refused has nothing left to revoke.
    if (locals.user) await attempt(signOut, undefined);
    if (cognito && session?.refreshToken) await revokeRefreshToken(cognito, session.refreshToken);
    await endSession(cookies, url, session);
    if (cognito)
      redirect(303, signOutUrl(cognito, new URL('/', url).href), { external: [new URL(cognito.domain).origin] });
    redirect(303, '/');
  },
};
