/**
 * Which language a page is in (docs/decisions/0501). The public pages are in one language
 * by their address: under `/cy` Welsh, and `/public` (with a signatory's page and its annual
 * report), `/accessibility`, `/cookies` and the
 * feedback answer pages `/f/...` (their English twins) English. Every other page (home, sign-in, the board's, data-entry
 * and admin pages, the error page) is in the language the person chose with the language
 * switch, kept in a cookie (#lib/cookie-names.ts), and English until they choose.
 *
 * The server works it out once a request (hooks.server.ts, `event.locals.locale`); the
 * page frame works it out again as the browser moves between pages.
 */
import type { Locale } from './format.ts';
import { localeOf } from './frame.ts';

export const locales: readonly Locale[] = ['en', 'cy'];

/** Whether `value` names a language the site speaks. */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy';
}

/** Whether the page at `pathname` is a public page with a twin in the other language, so its address says its language. */
export function hasTwin(pathname: string): boolean {
  return (
    localeOf(pathname) === 'cy' ||
    /^\/(public(\/[^/]+)?|public\/[^/]+\/annual\/[^/]+|accessibility|cookies|f\/[^/]+|f\/privacy\/easy-read)\/?$/.test(
      pathname,
    )
  );
}

/**
 * The language of the page at `pathname` for someone who chose `chosen` (the language
 * cookie's value, anything else counting as no choice).
 * @example pageLocale('/manage', 'cy') // 'cy'
 * @example pageLocale('/public', 'cy') // 'en': the Welsh twin is /cy/public
 */
export function pageLocale(pathname: string, chosen: string | undefined): Locale {
  if (hasTwin(pathname)) return localeOf(pathname);
  return isLocale(chosen) ? chosen : 'en';
}

/**
 * The language switch's address: choose `locale`, then come back to `returnTo` (a path
 * with its query) in it.
 * @example languageSwitchPath('cy', '/manage?saved') // '/language/cy?returnTo=%2Fmanage%3Fsaved'
 */
export function languageSwitchPath(locale: Locale, returnTo: string): string {
  return `/language/${locale}?${new URLSearchParams({ returnTo })}`;
}
