/**
 * Resetting a forgotten password with the user pool (docs/decisions/0503): a code is
 * e-mailed to the address (the pool recovers accounts by e-mail only, 0204), then the
 * code and a new password. The page reads the same whether or not the address has an
 * account.
 */
import { fail, redirect } from '@sveltejs/kit';
import type { FieldError } from '#lib/forms/form-values.ts';
import { t } from '#lib/server/text.ts';
import { userPoolFlow, userPoolFromEnv } from '#lib/server/cognito-sign-in.ts';
import { attemptClient, newPasswordErrors } from '#lib/server/pool-sign-in.ts';
import { signInFailures } from '#lib/server/sign-in-failures.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ available: Boolean(userPoolFromEnv()) });

const emailOf = (form: FormData) => String(form.get('email') ?? '').trim();

/** The step again, with what was wrong. */
const refuse = (
  status: number,
  step: 'send' | 'reset',
  email: string,
  problem: string | undefined,
  errors: FieldError[] = [],
) => fail(status, { step, email, problem: problem ?? null, errors, sent: false });

export const actions: Actions = {
  send: async ({ request }) => {
    const settings = userPoolFromEnv();
    const email = emailOf(await request.formData());
    if (!settings) return refuse(400, 'send', email, t('poolSignIn.problem.unavailable'));
    if (!email)
      return refuse(400, 'send', email, undefined, [{ field: 'email', message: t('poolSignIn.error.email.missing') }]);
    const sent = await (await userPoolFlow(settings)).forgotPassword(email);
    if (sent.kind === 'problem') return refuse(400, 'send', email, t(`poolSignIn.problem.${sent.problem}`));
    return { step: 'reset' as const, email, sent: true, problem: null, errors: [] as FieldError[] };
  },
  reset: async ({ request, getClientAddress }) => {
    const settings = userPoolFromEnv();
    const form = await request.formData();
    const email = emailOf(form);
    const code = String(form.get('code') ?? '').replace(/[\s-]/g, '');
    const password = String(form.get('newPassword') ?? '');
    const again = String(form.get('confirmPassword') ?? '');
    if (!settings) return refuse(400, 'reset', email, t('poolSignIn.problem.unavailable'));
    const errors: FieldError[] = [
      ...(email ? [] : [{ field: 'email', message: t('poolSignIn.error.email.missing') }]),
      ...(code ? [] : [{ field: 'code', message: t('poolSignIn.error.code.missing') }]),
      ...newPasswordErrors(password, again),
    ];
    if (errors.length > 0) return refuse(400, 'reset', email, undefined, errors);
    const client = attemptClient(getClientAddress());
    if (!signInFailures.check(client).allowed) return refuse(429, 'reset', email, t('poolSignIn.problem.too-many'));
    const reset = await (await userPoolFlow(settings)).confirmForgotPassword(email, code, password);
    if (reset.kind === 'reset') redirect(303, '/sign-in?password-changed');
    if (reset.problem === 'wrong-code') signInFailures.fail(client);
    const problem =
      reset.problem === 'expired' ? t('poolSignIn.forgot.expired') : t(`poolSignIn.problem.${reset.problem}`);
    return refuse(400, 'reset', email, problem);
  },
};
