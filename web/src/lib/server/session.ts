/**
 * The signed-in session: the person's bearer token (and the name to greet them by) in
 * an HttpOnly, SameSite=Lax cookie, Secure whenever the site is served over https. The
 * token is checked with the API on every request, so a cookie is never trusted by itself.
 */
import type { Cookies } from '@sveltejs/kit';
import type { Role } from '@equal-partners/shared';
import { cookieNames } from '#lib/cookie-names.ts';

const sessionCookie = cookieNames.session;

export interface Session {
  token: string;
  /** How to greet the person: a name or an e-mail address, never used for decisions. */
  name: string;
}

/** The person behind a valid session, as the API sees them. */
export interface SignedInUser {
  id: string;
  name: string;
  role: Role;
  signatoryId?: string;
}

const cookieOptions = (url: URL) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: url.protocol === 'https:',
});

export function readSession(cookies: Cookies): Session | undefined {
  const value = cookies.get(sessionCookie);
  if (!value) return undefined;
  try {
    const session = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Session>;
    return typeof session.token === 'string' && typeof session.name === 'string'
      ? { token: session.token, name: session.name }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a session; `maxAge` in seconds (the token's lifetime), or until the browser closes. */
export function startSession(cookies: Cookies, url: URL, session: Session, maxAge?: number): void {
  cookies.set(sessionCookie, Buffer.from(JSON.stringify(session)).toString('base64url'), {
    ...cookieOptions(url),
    ...(maxAge ? { maxAge } : {}),
  });
}

export function endSession(cookies: Cookies, url: URL): void {
  cookies.delete(sessionCookie, cookieOptions(url));
  cookies.delete(refreshCookie, cookieOptions(url));
}

/**
 * Cognito's refresh token, in a cookie of its own (the two tokens together would pass a
 * cookie's 4 kB), kept as long as the token is valid: when the session's access token
 * expires, the next request gets a new one with it instead of sending the person to sign in.
 */
const refreshCookie = cookieNames.refresh;

export const refreshToken = {
  keep(cookies: Cookies, url: URL, token: string, maxAge: number) {
    cookies.set(refreshCookie, token, { ...cookieOptions(url), maxAge });
  },
  read(cookies: Cookies): string | undefined {
    return cookies.get(refreshCookie) || undefined;
  },
  forget(cookies: Cookies, url: URL) {
    cookies.delete(refreshCookie, cookieOptions(url));
  },
};

/** A cookie of the sign-in in progress (Cognito's PKCE verifier and state), for ten minutes. */
export const pendingSignIn = {
  name: cookieNames.signIn,
  set(cookies: Cookies, url: URL, value: string) {
    cookies.set(this.name, value, { ...cookieOptions(url), maxAge: 600 });
  },
  take(cookies: Cookies, url: URL): string | undefined {
    const value = cookies.get(this.name);
    cookies.delete(this.name, cookieOptions(url));
    return value;
  },
};
