/**
 * Every request: the session cookie's token is checked with the API and the person put
 * on `event.locals` (`token`, `user`); pages that change records need someone signed in;
 * Welsh pages are marked `lang="cy"`.
 */
import type { Handle } from '@sveltejs/kit/hooks';
import { localeOf } from '#lib/i18n/index.ts';
import { endSession, readSession } from '#lib/server/session.ts';
import { whoIs } from '#lib/server/sign-in.ts';

/** Paths only signed-in people may open (their forms post to the same paths). */
const signedInOnly = ['/manage', '/admin'];

export const handle: Handle = async ({ event, resolve }) => {
  const session = readSession(event.cookies);
  if (session) {
    const user = await whoIs(session.token, session.name);
    if (user === undefined) endSession(event.cookies, event.url);
    else if (user !== 'unavailable') {
      event.locals.token = session.token;
      event.locals.user = user;
    }
  }
  const path = event.url.pathname;
  if (!event.locals.user && signedInOnly.some((p) => path === p || path.startsWith(`${p}/`))) {
    const returnTo = event.request.method === 'GET' ? `${path}${event.url.search}` : path;
    return new Response(null, {
      status: 303,
      headers: { location: `/sign-in?${new URLSearchParams({ returnTo })}` },
    });
  }
  // Welsh pages say so on <html>, so browsers and screen readers use Welsh for the whole page.
  if (localeOf(path) === 'cy') {
    return resolve(event, { transformPageChunk: ({ html }) => html.replace('<html lang="en"', '<html lang="cy"') });
  }
  return resolve(event);
};
