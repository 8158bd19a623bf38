import { fail, redirect } from '@sveltejs/kit';
import { t } from '#lib/server/text.ts';
import { beginSignIn } from '#lib/server/cognito.ts';
import { loadSignatories } from '#lib/server/partnership.ts';
import { landingPath, safeReturnPath } from '#lib/server/return-path.ts';
import { pendingSignIn, startSession } from '#lib/server/session.ts';
import { demoToken, signInMethod } from '#lib/server/sign-in.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, cookies, locals }) => {
  // Without a page to go back to, a person lands on what is waiting for them.
  const returnTo = safeReturnPath(url.searchParams.get('returnTo'), url, landingPath);
  const method = await signInMethod();
  if (method.kind === 'cognito') {
    const { location, pending } = beginSignIn(method.settings, new URL('/auth/callback', url).href, returnTo);
    pendingSignIn.set(cookies, url, JSON.stringify(pending));
    redirect(303, location, { external: [new URL(method.settings.domain).origin] });
  }
  const signatories = method.kind === 'demo' ? await loadSignatories() : [];
  const organisation = (id: string | undefined) => signatories.find((s) => s.id === id)?.name;
  return {
    returnTo,
    available: method.kind === 'demo',
    signedInAs: locals.user?.name,
    accounts:
      method.kind === 'demo'
        ? method.accounts.map((a) => ({
            id: a.id,
            name: a.name,
            role: a.role,
            organisation: organisation(a.signatoryId),
          }))
        : [],
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const userId = String(form.get('userId') ?? '');
    const method = await signInMethod();
    const account = method.kind === 'demo' ? method.accounts.find((a) => a.id === userId) : undefined;
    const issued = account ? await demoToken(account.id) : undefined;
    if (!account || !issued) return fail(400, { problem: t('signIn.noSuchAccount') });
    // The session lasts as long as the token: development tokens are not renewed.
    await startSession(cookies, url, { token: issued.token, name: account.name }, issued.expiresIn);
    redirect(303, safeReturnPath(String(form.get('returnTo') ?? ''), url, landingPath));
  },
};
