/**
 * Every request: counted against its client's allowance of pages a minute; the session the
 * cookie names is read from the store, its token checked once by the host's sign-in methods
 * and the person put on `event.locals.user` (the principal every query of the request runs
 * as, #lib/server/queries.ts), renewing an expired token with the session's refresh token
 * when there is one; a session that has ended (signed out, expired, or its token revoked)
 * is deleted with its cookie; pages that change records need someone signed in; the
 * page's language is worked out once (`event.locals.locale`: by the address for the public
 * pages, else by the language cookie, docs/decisions/0501) and Welsh pages are marked
 * `lang="cy"`; every response gets the security headers and says which caches may keep it.
 */
import type { Handle } from '@sveltejs/kit/hooks';
import { pageCacheControl } from '@equal-partners/functions/cache-policy';
import { cookieName, cookieNames } from '#lib/cookie-names.ts';
import { isLocale, pageLocale } from '#lib/i18n/page-locale.ts';
import { cognitoFromEnv, refreshTokens, SignInFailed } from '#lib/server/cognito.ts';
import { createHash } from 'node:crypto';
import {
  endSession,
  hasSessionCookie,
  readSession,
  readSessionId,
  renewSession,
  type Session,
} from '#lib/server/session.ts';
import { host } from '#lib/server/queries.ts';
import { withSecurityHeaders } from '#lib/server/security-headers.ts';
import { whoIs } from '#lib/server/sign-in.ts';

/** The session with a new access token from its refresh token, or `undefined` when Cognito no longer accepts it. */
async function renewed(session: Session): Promise<Session | undefined> {
  const cognito = cognitoFromEnv();
  if (!cognito || !session.refreshToken) return undefined;
  try {
    return await renewSession(session, (await refreshTokens(cognito, session.refreshToken)).accessToken);
  } catch (error) {
    if (error instanceof SignInFailed) return undefined;
    throw error;
  }
}

/**
 * Public pages asked without a session may be kept by CloudFront for a few minutes; every
 * other answer, and any page for someone signed in (it greets them), by no cache
 * (docs/decisions/0208). A route that sets its own Cache-Control keeps it.
 */
function markCacheability(response: Response, request: { method: string; path: string; signedIn: boolean }): Response {
  // CloudFront keys pages on cookies, and browsers must not reuse a page across signing in or out.
  response.headers.append('Vary', 'Cookie');
  if (!response.headers.has('cache-control'))
    response.headers.set(
      'Cache-Control',
      pageCacheControl({ ...request, status: response.status, setsCookie: response.headers.has('set-cookie') }),
    );
  return response;
}

/** Paths only signed-in people may open (their forms post to the same paths). */
const signedInOnly = ['/manage', '/admin'];

/** A client over its allowance of pages a minute, told when to come back, in both languages. */
function tooManyPages(retryAfterSeconds: number): Response {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests</title></head>
<body><h1>Too many requests</h1><p>Too many pages were asked for from here in the last minute. Wait a minute, then try again.</p>
<div lang="cy"><h2>Gormod o geisiadau</h2><p>Gofynnwyd am ormod o dudalennau o'r fan hon yn ystod y funud ddiwethaf. Arhoswch funud, yna rhowch gynnig arall arni.</p></div></body></html>`;
  return withSecurityHeaders(
    new Response(page, {
      status: 429,
      headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(retryAfterSeconds) },
    }),
  );
}

export const handle: Handle = async ({ event, resolve }) => {
  // Before any store lookup: each session (or, without one, each address) has its own allowance.
  const sessionId = readSessionId(event.cookies, event.url);
  const client = sessionId
    ? `session:${createHash('sha256').update(sessionId).digest('base64url')}`
    : `address:${event.getClientAddress()}`;
  const allowance = host().pages.take(client);
  if (!allowance.allowed) return tooManyPages(allowance.retryAfterSeconds);
  const cookie = hasSessionCookie(event.cookies, event.url);
  const stored = cookie ? await readSession(event.cookies, event.url) : undefined;
  let session = stored;
  // Whoever brings a session cookie gets a page of their own, even if it turns out to have expired.
  const cacheRequest = { method: event.request.method, path: event.url.pathname, signedIn: cookie };
  let user = session ? await whoIs(session.token, session.name) : undefined;
  // The access token expired (or was revoked): the refresh token gets a new one without signing in again.
  if (stored && user === undefined && stored.refreshToken) {
    session = await renewed(stored);
    if (session) user = await whoIs(session.token, session.name);
  }
  if (user === undefined && cookie) await endSession(event.cookies, event.url, stored);
  if (user !== undefined && user !== 'unavailable') event.locals.user = user;
  // Signed in, but the API could not confirm it just now: the page answers 503, not a request to sign in again.
  if (user === 'unavailable') event.locals.signInUnknown = true;
  const path = event.url.pathname;
  const chosen = event.cookies.get(cookieName(cookieNames.language, event.url));
  if (isLocale(chosen)) event.locals.chosenLocale = chosen;
  event.locals.locale = pageLocale(path, chosen);
  if (
    !event.locals.user &&
    !event.locals.signInUnknown &&
    signedInOnly.some((p) => path === p || path.startsWith(`${p}/`))
  ) {
    const returnTo = event.request.method === 'GET' ? `${path}${event.url.search}` : path;
    const signIn = withSecurityHeaders(
      new Response(null, {
        status: 303,
        headers: { location: `/sign-in?${new URLSearchParams({ returnTo })}` },
      }),
    );
    return markCacheability(signIn, cacheRequest);
  }
  // Welsh pages say so on <html>, so browsers and screen readers use Welsh for the whole page.
  const response =
    event.locals.locale === 'cy'
      ? await resolve(event, {
          transformPageChunk: ({ html }) => html.replace('<html lang="en"', '<html lang="cy"'),
        })
      : await resolve(event);
  const cognito = cognitoFromEnv();
  return markCacheability(withSecurityHeaders(response, cognito ? [new URL(cognito.domain).origin] : []), cacheRequest);
};
