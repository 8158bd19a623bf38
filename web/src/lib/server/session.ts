/**
 * The signed-in session, kept on the server (@equal-partners/functions/identity/web-sessions):
 * the cookie holds only the session's random id; the table holds the person's bearer
 * token, Cognito's refresh token when there is one, and the name to greet them by. The
 * cookie is HttpOnly, SameSite=Lax and, over https, Secure and `__Host-` prefixed
 * (#lib/cookie-names.ts). The token is checked with the API on every request, so a stored
 * session is never trusted by itself; signing out deletes it, so a copied cookie opens
 * nothing afterwards.
 */
import type { Cookies } from '@sveltejs/kit';
import type { Role } from '@equal-partners/shared';
import { webSessions, type WebSession } from '@equal-partners/functions/identity/web-sessions';
import { cookieName, cookieNames, cookieOptions } from '#lib/cookie-names.ts';
import { host } from './queries.ts';

export type Session = WebSession;

/** The person behind a valid session, as the API sees them. */
export interface SignedInUser {
  id: string;
  name: string;
  role: Role;
  signatoryId?: string;
}

const sessions = () => webSessions(host().deps.store);

/** Whether the request brought a session cookie at all, valid or not. */
export function hasSessionCookie(cookies: Cookies, url: URL): boolean {
  return Boolean(cookies.get(cookieName(cookieNames.session, url)));
}

/** The id the session cookie holds, if any (not yet checked against the store). */
export function readSessionId(cookies: Cookies, url: URL): string | undefined {
  return cookies.get(cookieName(cookieNames.session, url)) || undefined;
}

/** The stored session the cookie names, or `undefined` when there is none or it has expired. */
export async function readSession(cookies: Cookies, url: URL): Promise<Session | undefined> {
  const id = cookies.get(cookieName(cookieNames.session, url));
  return id ? sessions().read(id) : undefined;
}

/** Starts a session that lasts `lifetimeSeconds`, as long as its cookie. */
export async function startSession(
  cookies: Cookies,
  url: URL,
  session: Pick<Session, 'token' | 'refreshToken' | 'name'>,
  lifetimeSeconds: number,
): Promise<void> {
  const { id } = await sessions().start(session, lifetimeSeconds);
  cookies.set(cookieName(cookieNames.session, url), id, { ...cookieOptions(url), maxAge: lifetimeSeconds });
}

/** Keeps the access token a refresh gave, for the rest of the session. */
export async function renewSession(session: Session, token: string): Promise<Session> {
  await sessions().renew(session.id, token);
  return { ...session, token };
}

/** Deletes the stored session, if any, and the cookie. */
export async function endSession(cookies: Cookies, url: URL, session?: Session): Promise<void> {
  if (session) await sessions().end(session.id);
  cookies.delete(cookieName(cookieNames.session, url), cookieOptions(url));
}

/**
 * A cookie of the sign-in in progress, for ten minutes: the hosted sign-in's PKCE verifier
 * and state, or the step of the site's own sign-in pages (#lib/server/pool-sign-in.ts).
 */
export const pendingSignIn = {
  read(cookies: Cookies, url: URL): string | undefined {
    return cookies.get(cookieName(cookieNames.signIn, url));
  },
  set(cookies: Cookies, url: URL, value: string) {
    cookies.set(cookieName(cookieNames.signIn, url), value, { ...cookieOptions(url), maxAge: 600 });
  },
  take(cookies: Cookies, url: URL): string | undefined {
    const name = cookieName(cookieNames.signIn, url);
    const value = cookies.get(name);
    cookies.delete(name, cookieOptions(url));
    return value;
  },
};
