/**
 * Signing out: the API revokes the person's tokens (`POST /api/v1/me:sign-out`), Cognito
 * revokes the session's refresh token, and the stored session is deleted with its cookie,
 * so neither a copied cookie nor a copied token opens anything afterwards.
 */
import { redirect } from '@sveltejs/kit';
import { callApi } from '#lib/server/api.ts';
import { cognitoFromEnv, revokeRefreshToken, signOutUrl } from '#lib/server/cognito.ts';
import { endSession, readSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: async ({ cookies, url, locals }) => {
    const cognito = cognitoFromEnv();
    const session = await readSession(cookies, url);
    // The session ends whatever the API answers; a token it already refuses has nothing left to revoke.
    if (locals.token) await callApi('/api/v1/me:sign-out', { method: 'POST' });
    if (cognito && session?.refreshToken) await revokeRefreshToken(cognito, session.refreshToken);
    await endSession(cookies, url, session);
    if (cognito)
      redirect(303, signOutUrl(cognito, new URL('/', url).href), { external: [new URL(cognito.domain).origin] });
    redirect(303, '/');
  },
};
