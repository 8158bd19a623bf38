/**
 * The i18n layer every user-facing string goes through. English is complete; other
 * languages fall back to it. Welsh covers the page frame (header, footer, skip link) of
 * the public pages (frame.ts); their content is in the dashboard's catalogues (dashboard.ts).
 */
import { en, type MessageKey } from './en.ts';
import { frameCy, localeOf } from './frame.ts';

export type { MessageKey };

/** The languages pages are offered in: English, and Welsh for the public pages. */
export type Locale = 'en' | 'cy';

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { en, cy: frameCy };

export { localeOf };

/**
 * Looks up a message in a language (falling back to English) and fills its `{placeholders}`.
 * @example translate('cy', 'account.signIn') // "Mewngofnodi"
 */
export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return (catalogues[locale][key] ?? en[key]).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/**
 * Looks up an English message and fills its `{placeholders}`.
 * @example t('home.lead', { count: 12 })
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return translate('en', key, values);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03` as "Mar 2026". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** `2026-03-02` as "2 March 2026". */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** Whether `key` is a message, for keys built at run time (e.g. a field's label). */
export function has(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** `2026-Q2` as "April to June 2026". */
export function formatQuarter(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  return t(`quarter.${match[2] as '1' | '2' | '3' | '4'}`, { year: match[1]! });
}
