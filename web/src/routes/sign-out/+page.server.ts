import { redirect } from '@sveltejs/kit';
import { cognitoFromEnv, signOutUrl } from '#lib/server/cognito.ts';
import { endSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: ({ cookies, url }) => {
    endSession(cookies, url);
    const cognito = cognitoFromEnv();
    if (cognito)
      redirect(303, signOutUrl(cognito, new URL('/', url).href), { external: [new URL(cognito.domain).origin] });
    redirect(303, '/');
  },
};
