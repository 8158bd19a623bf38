import { redirect } from '@sveltejs/kit';
import { cognitoFromEnv, revokeRefreshToken, signOutUrl } from '#lib/server/cognito.ts';
import { endSession, refreshToken } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: async ({ cookies, url }) => {
    const cognito = cognitoFromEnv();
    const refresh = refreshToken.read(cookies);
    if (cognito && refresh) await revokeRefreshToken(cognito, refresh);
    endSession(cookies, url);
    if (cognito)
      redirect(303, signOutUrl(cognito, new URL('/', url).href), { external: [new URL(cognito.domain).origin] });
    redirect(303, '/');
  },
};
