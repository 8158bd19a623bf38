/**
 * The i18n layer every user-facing string goes through. English is complete; other
 * languages fall back to it. Welsh covers the page frame (header, footer, skip link) of
 * the public pages (frame.ts); their content is in the dashboard's catalogues (dashboard.ts).
 * Dates, months, quarters and numbers are formatted in a page's language (format.ts).
 */
import { appPluralsEn, en, type AppPluralKey, type MessageKey } from './en.ts';
import { createFormats, type Formats, type Locale } from './format.ts';
import { frameCy, localeOf } from './frame.ts';

export type { AppPluralKey, Locale, MessageKey };

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

/**
 * The form of an English message with a count for `count`: "1 activity", "2 activities";
 * `{n}` is the count in figures. (The pages these messages are on are in English only.)
 * @example plural('count.activities', 1) // "1 activity"
 */
export function plural(key: AppPluralKey, count: number, values: Record<string, string | number> = {}): string {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = appPluralsEn[key];
  const form = forms[formatsOf('en').pluralCategory(count)] ?? appPluralsEn[key].other;
  return form.replace(/\{(\w+)\}/g, (match, name: string) =>
    name === 'n' ? formatNumber(count) : name in values ? String(values[name]) : match,
  );
}

/** Each language's formats, made when a page first needs them. */
const formatsOf = (() => {
  const made: Partial<Record<Locale, Formats>> = {};
  return (locale: Locale): Formats => (made[locale] ??= createFormats(locale));
})();

/** `2026-03` as "Mar 2026" (Welsh "Maw 2026"). */
export function formatMonth(month: string, locale: Locale = 'en'): string {
  return formatsOf(locale).month(month);
}

/** `2026-03-02` as "2 March 2026" (Welsh "2 Mawrth 2026"). */
export function formatDate(date: string, locale: Locale = 'en'): string {
  return formatsOf(locale).date(date);
}

/** 1234 as "1,234". */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  return formatsOf(locale).number(value);
}

/** Names as one list: "A, B and C" (Welsh "A, B, a C"). */
export function formatList(items: readonly string[], locale: Locale = 'en'): string {
  return formatsOf(locale).list(items);
}

/** Whether `key` is a message, for keys built at run time (e.g. a field's label). */
export function has(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** `2026-Q2` as "April to June 2026" (Welsh "Ebrill – Mehefin 2026"). */
export function formatQuarter(quarter: string, locale: Locale = 'en'): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  if (locale === 'en') return t(`quarter.${match[2] as '1' | '2' | '3' | '4'}`, { year: match[1]! });
  const first = (Number(match[2]) - 1) * 3 + 1;
  const month = (n: number) => `${match[1]}-${String(n).padStart(2, '0')}`;
  return formatsOf(locale).monthsLong(month(first), month(first + 2));
}
