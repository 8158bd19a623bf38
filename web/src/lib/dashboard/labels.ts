/** Words for periods and links shared by the dashboard's pages. */
import type { Translator } from '#lib/i18n/dashboard.ts';
import type { PeriodView } from '@equal-partners/shared';

/** "Dec 2025 to Nov 2026", or "November 2026" for a single month. */
export function periodLabel(tr: Translator, period: Pick<PeriodView, 'from' | 'to'>): string {
  return period.from === period.to
    ? tr.monthLong(period.from)
    : tr.t('period.range', { from: tr.month(period.from), to: tr.month(period.to) });
}

/** The same page in the other language: `/public/...` <-> `/cy/public/...`, keeping the query. */
export function otherLanguageHref(url: Pick<URL, 'pathname' | 'search'>): string {
  const path = url.pathname.startsWith('/cy/') ? url.pathname.slice(3) : `/cy${url.pathname}`;
  return `${path}${url.search}`;
}

/** Where the public pages of a locale live. */
export function publicBase(locale: 'en' | 'cy'): string {
  return locale === 'cy' ? '/cy/public' : '/public';
}

/** A vocabulary term in words (`term(tr, 'sector', 'health')` is "Health"), or the value itself if unknown. */
export function term(tr: Translator, group: string, value: string): string {
  const key = `${group}.${value}`;
  return tr.has(key) ? tr.t(key) : value;
}

/**
 * A path of this app with its query or fragment, for `resolve()` (which adds the base
 * path). `resolve()` checks its argument against the route list when compiling; these
 * paths are built while rendering, from route segments and search values, so they are
 * given to it as the one path it always accepts.
 */
export function appPath(path: string): '/' {
  return path as '/';
}
