import { fail, redirect, type Cookies } from '@sveltejs/kit';
import type { FieldError } from '#lib/forms/form-values.ts';
import { t } from '#lib/server/text.ts';
import { userPoolFlow, userPoolFromEnv } from '#lib/server/cognito-sign-in.ts';
import { loadSignatories } from '#lib/server/partnership.ts';
import { attemptClient, keepPending, startCognitoSession } from '#lib/server/pool-sign-in.ts';
import { landingPath, safeReturnPath } from '#lib/server/return-path.ts';
import { signInFailures } from '#lib/server/sign-in-failures.ts';
import { startSession } from '#lib/server/session.ts';
import { demoToken, signInMethod } from '#lib/server/sign-in.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
  // Without a page to go back to, a person lands on what is waiting for them.
  const returnTo = safeReturnPath(url.searchParams.get('returnTo'), url, landingPath);
  const method = await signInMethod();
  const signatories = method.kind === 'demo' ? await loadSignatories() : [];
  const organisation = (id: string | undefined) => signatories.find((s) => s.id === id)?.name;
  return {
    returnTo,
    // In AWS: the site's own pages over the user pool (docs/decisions/0503).
    pool: method.kind === 'cognito',
    available: method.kind === 'demo',
    signedInAs: locals.user?.name,
    // Back from resetting a password, or from a step that ran out.
    passwordChanged: url.searchParams.has('password-changed'),
    expired: url.searchParams.has('expired'),
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

/** The e-mail address and password, over the user pool's API. */
async function signInWithPassword(form: FormData, cookies: Cookies, url: URL, address: string) {
  const settings = userPoolFromEnv();
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const returnTo = safeReturnPath(String(form.get('returnTo') ?? ''), url, landingPath);
  if (!settings) return fail(400, { email, problem: t('poolSignIn.problem.unavailable'), errors: [] });
  const errors: FieldError[] = [
    ...(email ? [] : [{ field: 'email', message: t('poolSignIn.error.email.missing') }]),
    ...(password ? [] : [{ field: 'password', message: t('poolSignIn.error.password.missing') }]),
  ];
  if (errors.length > 0) return fail(400, { email, errors });
  const client = attemptClient(address);
  if (!signInFailures.check(client).allowed)
    return fail(429, { email, problem: t('poolSignIn.problem.too-many'), errors: [] });
  const outcome = await (await userPoolFlow(settings)).signIn(email, password, returnTo);
  if (outcome.kind === 'problem') {
    if (outcome.problem === 'wrong-password') signInFailures.fail(client);
    return fail(400, { email, problem: t(`poolSignIn.problem.${outcome.problem}`), errors: [] });
  }
  if (outcome.kind === 'next') {
    keepPending(cookies, url, outcome.pending);
    redirect(303, '/sign-in/challenge');
  }
  const started = await startCognitoSession(cookies, url, outcome.tokens);
  if (started !== 'started')
    return fail(400, {
      email,
      problem: started === 'no-role' ? t('callback.noRole') : t('poolSignIn.problem.unavailable'),
      errors: [],
    });
  redirect(303, returnTo);
}

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const method = await signInMethod();
    if (method.kind === 'cognito') return signInWithPassword(form, cookies, url, getClientAddress());
    const userId = String(form.get('userId') ?? '');
    const account = method.kind === 'demo' ? method.accounts.find((a) => a.id === userId) : undefined;
    const issued = account ? await demoToken(account.id) : undefined;
    if (!account || !issued) return fail(400, { problem: t('signIn.noSuchAccount') });
    // The session lasts as long as the token: development tokens are not renewed.
    await startSession(cookies, url, { token: issued.token, name: account.name }, issued.expiresIn);
    redirect(303, safeReturnPath(String(form.get('returnTo') ?? ''), url, landingPath));
  },
};
