/**
 * The app pages' text in either language, for code that is not a component: the server's
 * form actions and guards (through #lib/server/text.ts, in the request's language) and
 * tests. Components take the same translator from their layout (app-text.ts), so a page
 * in the browser loads its own language's catalogue only.
 *
 * A page's language is worked out once a request (page-locale.ts, hooks.server.ts): by the
 * address for the public pages (`/cy/...` Welsh), by the person's choice with the language
 * switch for every other page, English until they choose. Both languages have every
 * message. Dates, months, quarters and numbers are formatted in the
 * page's language (format.ts).
 */
import { appEnglish } from './app-english.ts';
import type { AppPluralKey, AppText, MessageKey } from './app-text.ts';
import { appWelsh } from './app-welsh.ts';
import type { Locale } from './format.ts';

export type { AppPluralKey, AppText, Locale, MessageKey };

const texts: Record<Locale, AppText> = { en: appEnglish, cy: appWelsh };

/** The app pages' translator for a language. */
export function appText(locale: Locale): AppText {
  return texts[locale];
}

/**
 * Looks up a message in a language (falling back to English) and fills its `{placeholders}`.
 * @example translate('cy', 'account.signIn') // "Mewngofnodi"
 */
export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return texts[locale].t(key, values);
}

/**
 * The form of a plural message in a language for `count`, `{n}` the count in figures.
 * @example translatePlural('en', 'count.activities', 1) // "1 activity"
 * @example translatePlural('cy', 'count.activities', 3) // "3 gweithgaredd"
 */
export function translatePlural(
  locale: Locale,
  key: AppPluralKey,
  count: number,
  values: Record<string, string | number> = {},
): string {
  return texts[locale].plural(key, count, values);
}

/** `2026-03` as "Mar 2026" (Welsh "Maw 2026"). */
export function formatMonth(month: string, locale: Locale = 'en'): string {
  return texts[locale].formatMonth(month);
}

/** `2026-03-02` as "2 March 2026" (Welsh "2 Mawrth 2026"). */
export function formatDate(date: string, locale: Locale = 'en'): string {
  return texts[locale].formatDate(date);
}

/** 1234 as "1,234". */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  return texts[locale].formatNumber(value);
}

/** Names as one list: "A, B and C" (Welsh "A, B, a C"). */
export function formatList(items: readonly string[], locale: Locale = 'en'): string {
  return texts[locale].formatList(items);
}

/** `2026-Q2` as "April to June 2026" (Welsh "Ebrill – Mehefin 2026"). */
export function formatQuarter(quarter: string, locale: Locale = 'en'): string {
  return texts[locale].formatQuarter(quarter);
}

/** Whether `key` is a message, for keys built at run time (e.g. a field's label). */
export function has(key: string): key is MessageKey {
  return texts.en.has(key);
}
