/**
 * The step between the password and being signed in, as the user pool asks for it
 * (docs/decisions/0503): an invited person's own password, setting up their authenticator
 * app, or the app's 6-digit code. The step and Cognito's session for it are in the sign-in
 * cookie; without them the page asks the person to start again at `/sign-in`.
 */
import { fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import type { FieldError } from '#lib/forms/form-values.ts';
import { t } from '#lib/server/text.ts';
import { userPoolFlow, userPoolFromEnv, type Pending, type SignInOutcome } from '#lib/server/cognito-sign-in.ts';
import {
  attemptClient,
  dropPending,
  keepPending,
  newPasswordErrors,
  readPending,
  startCognitoSession,
} from '#lib/server/pool-sign-in.ts';
import { landingPath, safeReturnPath } from '#lib/server/return-path.ts';
import { signInFailures } from '#lib/server/sign-in-failures.ts';
import type { Actions, PageServerLoad } from './$types';

/** The app's `otpauth:` address (Key Uri Format), labelled with the service and the person's address. */
function otpauthUri(pending: Pending, secret: string): string {
  const issuer = 'Equal Partners';
  const label = encodeURIComponent(`${issuer}:${pending.email || pending.username}`);
  return `otpauth://totp/${label}?${new URLSearchParams({ secret, issuer })}`;
}

export const load: PageServerLoad = async ({ cookies, url }) => {
  const pending = readPending(cookies, url);
  // No step in progress (it ran out, was finished, or was never started): the page says to start again.
  if (!pending) return { step: undefined, secret: undefined, qr: undefined };
  const secret = pending.step === 'set-up-app' ? pending.secret : undefined;
  const qr = secret
    ? `data:image/svg+xml;base64,${Buffer.from(
        await QRCode.toString(otpauthUri(pending, secret), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }),
      ).toString('base64')}`
    : undefined;
  return { step: pending.step, secret, qr };
};

/** A code as people type it: spaces and dashes between the digits are fine. */
function codeErrors(code: string): FieldError[] {
  if (!code) return [{ field: 'code', message: t('poolSignIn.error.code.missing') }];
  return /^\d{6}$/.test(code) ? [] : [{ field: 'code', message: t('poolSignIn.error.code.format') }];
}

/** The page again with what was wrong; `expired` when the person has to start again at the password. */
const refuse = (status: number, problem: string | undefined, errors: FieldError[] = [], expired = false) =>
  fail(status, { problem: problem ?? null, errors, expired });

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const pending = readPending(cookies, url);
    const settings = userPoolFromEnv();
    if (!pending || !settings) return refuse(400, t('poolSignIn.problem.expired'), [], true);
    const form = await request.formData();
    const client = attemptClient(getClientAddress());
    if (!signInFailures.check(client).allowed) return refuse(429, t('poolSignIn.problem.too-many'));
    const flow = await userPoolFlow(settings);
    let outcome: SignInOutcome;
    if (pending.step === 'new-password') {
      const password = String(form.get('newPassword') ?? '');
      const errors = newPasswordErrors(password, String(form.get('confirmPassword') ?? ''));
      if (errors.length > 0) return refuse(400, undefined, errors);
      outcome = await flow.setNewPassword(pending, password);
    } else {
      const code = String(form.get('code') ?? '').replace(/[\s-]/g, '');
      const errors = codeErrors(code);
      if (errors.length > 0) return refuse(400, undefined, errors);
      outcome =
        pending.step === 'set-up-app' ? await flow.verifyApp(pending, code) : await flow.answerCode(pending, code);
    }
    if (outcome.kind === 'problem') {
      if (outcome.problem === 'wrong-code') signInFailures.fail(client);
      // A step whose session ran out cannot be taken again: the person starts at the password.
      if (outcome.problem === 'expired') dropPending(cookies, url);
      return refuse(400, t(`poolSignIn.problem.${outcome.problem}`), [], outcome.problem === 'expired');
    }
    if (outcome.kind === 'next') {
      keepPending(cookies, url, outcome.pending);
      redirect(303, '/sign-in/challenge');
    }
    dropPending(cookies, url);
    const started = await startCognitoSession(cookies, url, outcome.tokens);
    if (started !== 'started')
      return refuse(400, started === 'no-role' ? t('callback.noRole') : t('poolSignIn.problem.unavailable'), [], true);
    redirect(303, safeReturnPath(pending.returnTo, url, landingPath));
  },
};
