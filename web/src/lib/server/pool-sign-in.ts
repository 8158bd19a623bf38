/**
 * What the site's own sign-in pages share (docs/decisions/0503): the step in progress,
 * kept in the sign-in cookie (HttpOnly, `__Host-` over https, ten minutes, as long as
 * Cognito's session for the step lives) and never in the page; the client a failed
 * attempt counts against; and the start of the session from Cognito's tokens, the same
 * for these pages and the hosted sign-in's callback.
 */
import type { Cookies } from '@sveltejs/kit';
import type { FieldError } from '#lib/forms/form-values.ts';
import type { Pending } from './cognito-sign-in.ts';
import type { SignedInTokens } from './cognito.ts';
import { pendingSignIn, startSession } from './session.ts';
import { whoIs } from './sign-in.ts';
import { t } from './text.ts';

/** How long Cognito accepts the web client's refresh tokens (the stack sets 12 hours): a working day. */
export const refreshTokenSeconds = 12 * 60 * 60;

const steps = new Set(['new-password', 'set-up-app', 'code']);

/** The step in progress, if the cookie holds one (the hosted sign-in's PKCE state is not one). */
export function readPending(cookies: Cookies, url: URL): Pending | undefined {
  try {
    const value = JSON.parse(pendingSignIn.read(cookies, url) ?? '') as Partial<Pending>;
    if (!value.step || !steps.has(value.step) || !value.username || !value.session) return undefined;
    return {
      step: value.step,
      username: value.username,
      email: value.email ?? '',
      session: value.session,
      ...(value.secret ? { secret: value.secret } : {}),
      returnTo: value.returnTo ?? '/',
    };
  } catch {
    return undefined;
  }
}

export const keepPending = (cookies: Cookies, url: URL, pending: Pending): void =>
  pendingSignIn.set(cookies, url, JSON.stringify(pending));

export const dropPending = (cookies: Cookies, url: URL): void => void pendingSignIn.take(cookies, url);

/** Who a failed attempt counts against: the address the request came from. */
/** A chosen password's problems, before the pool checks its rules: none given, or the two typed differently. */
export function newPasswordErrors(password: string, again: string): FieldError[] {
  if (!password) return [{ field: 'newPassword', message: t('poolSignIn.error.newPassword.missing') }];
  return password === again ? [] : [{ field: 'confirmPassword', message: t('poolSignIn.error.confirm.mismatch') }];
}

export const attemptClient = (address: string): string => `address:${address}`;

/**
 * Starts the session for Cognito's tokens: `'no-role'` for an account in no role group
 * (it would be turned away on every page), `'unavailable'` when the API could not say.
 * With a refresh token the session lasts as long as it (renewing the access token),
 * otherwise as long as the access token.
 */
export async function startCognitoSession(
  cookies: Cookies,
  url: URL,
  tokens: SignedInTokens,
): Promise<'started' | 'no-role' | 'unavailable'> {
  const user = await whoIs(tokens.accessToken, tokens.name);
  if (user === undefined) return 'no-role';
  if (user === 'unavailable') return 'unavailable';
  await startSession(
    cookies,
    url,
    {
      token: tokens.accessToken,
      ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
      name: tokens.name,
    },
    tokens.refreshToken ? refreshTokenSeconds : tokens.expiresIn,
  );
  return 'started';
}
