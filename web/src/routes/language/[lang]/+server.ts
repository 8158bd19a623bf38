/**
 * The language switch: `GET /language/cy?returnTo=/manage` remembers the choice in the
 * language cookie and sends the person back to the page they were on, now in that
 * language (docs/decisions/0501). A plain link, so it works without JavaScript. The
 * return address is checked as the sign-in's is: a path on this site, anything else `/`.
 */
import { error, redirect } from '@sveltejs/kit';
import { cookieName, cookieNames, cookieOptions, languageCookieSeconds } from '#lib/cookie-names.ts';
import { isLocale } from '#lib/i18n/page-locale.ts';
import { safeReturnPath } from '#lib/server/return-path.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, cookies }) => {
  if (!isLocale(params.lang)) error(404, 'Not found');
  cookies.set(cookieName(cookieNames.language, url), params.lang, {
    ...cookieOptions(url),
    maxAge: languageCookieSeconds,
  });
  redirect(303, safeReturnPath(url.searchParams.get('returnTo'), url));
};
