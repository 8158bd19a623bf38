/**
 * Text and formats for the app pages: home, sign-in and sign-out, the data-entry and admin
 * pages (en.ts's messages), in the page's language. The root layout loads the translator
 * for `data.locale` (page-locale.ts) on every page that has no twin in the other language
 * (routes/+layout.ts: the public pages load none of this) and provides it; each component
 * takes it with `const { t, plural, formatDate } = useAppText()`. Server code translates
 * in the request's language through #lib/server/text.ts. Both languages have every
 * message (app.cy.ts is complete by type).
 */
import { getContext, setContext } from 'svelte';
import type { AppPluralKey, MessageKey } from './en.ts';
import { createFormats, type Locale } from './format.ts';

export type { AppPluralKey, Locale, MessageKey };

/** Every message of a language, English where it has none of its own. */
export type AppCatalogue = Record<MessageKey, string>;

/** The plural messages of a language: a form per plural category it has (Welsh six), `{n}` the count. */
export type AppPluralCatalogue = Record<AppPluralKey, Partial<Record<Intl.LDMLPluralRule, string>>>;

export interface AppText {
  readonly locale: Locale;
  /** The message for `key` with its `{placeholders}` filled; a placeholder without a value stays visible. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** The form of a plural message for `count` ("1 activity", "2 activities"), `{n}` the count in figures. */
  plural(key: AppPluralKey, count: number, values?: Record<string, string | number>): string;
  /** Whether `key` is a message, for keys built at run time (e.g. a field's label). */
  has(key: string): key is MessageKey;
  /** `2026-03-02` as "2 March 2026" (Welsh "2 Mawrth 2026"). */
  formatDate(date: string): string;
  /** `2026-03` as "Mar 2026" (Welsh "Maw 2026"). */
  formatMonth(month: string): string;
  /** 1234 as "1,234". */
  formatNumber(value: number): string;
  /** Names as one list: "A, B and C" (Welsh "A, B, a C"). */
  formatList(items: readonly string[]): string;
  /** `2026-Q2` as "April to June 2026" (Welsh "Ebrill – Mehefin 2026"). */
  formatQuarter(quarter: string): string;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/**
 * The app pages' translator for a language.
 * @example createAppText('en', en, appPluralsEn).plural('count.activities', 2) // "2 activities"
 */
export function createAppText(locale: Locale, messages: AppCatalogue, plurals: AppPluralCatalogue): AppText {
  const formats = createFormats(locale);
  const t: AppText['t'] = (key, values = {}) => fill(messages[key], values);
  return {
    locale,
    t,
    plural: (key, count, values = {}) => {
      const forms = plurals[key];
      const form = forms[formats.pluralCategory(count)] ?? forms.other ?? key;
      return fill(form, { ...values, n: formats.number(count) });
    },
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    formatDate: formats.date,
    formatMonth: formats.month,
    formatNumber: formats.number,
    formatList: formats.list,
    formatQuarter: (quarter) => {
      const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
      if (!match) return quarter;
      if (locale === 'en') return t(`quarter.${match[2] as '1' | '2' | '3' | '4'}`, { year: match[1]! });
      const first = (Number(match[2]) - 1) * 3 + 1;
      const month = (n: number) => `${match[1]}-${String(n).padStart(2, '0')}`;
      return formats.monthsLong(month(first), month(first + 2));
    },
  };
}

const contextKey = Symbol('app text');

/**
 * Makes the app pages' translator available to every component below (call in the root
 * layout). `current` gives the page's translator as the browser moves between pages, so a
 * component's `t` always speaks the language of the page it is on.
 */
export function provideAppText(current: () => AppText | undefined): void {
  const text = (): AppText => {
    const now = current();
    if (!now) throw new Error('No app text on this page: the public pages take their text from useTranslator().');
    return now;
  };
  setContext<AppText>(contextKey, {
    get locale() {
      return text().locale;
    },
    t: (key, values) => text().t(key, values),
    plural: (key, count, values) => text().plural(key, count, values),
    has: (key): key is MessageKey => text().has(key),
    formatDate: (date) => text().formatDate(date),
    formatMonth: (month) => text().formatMonth(month),
    formatNumber: (value) => text().formatNumber(value),
    formatList: (items) => text().formatList(items),
    formatQuarter: (quarter) => text().formatQuarter(quarter),
  });
}

/** The app pages' translator, in the language of the page. */
export function useAppText(): AppText {
  const text = getContext<AppText | undefined>(contextKey);
  if (!text) throw new Error('No app text: render this component below the root layout.');
  return text;
}

/** The translator of a language, its catalogue fetched on first use (a page loads only its own language). */
export async function loadAppText(locale: Locale): Promise<AppText> {
  return locale === 'cy' ? (await import('./app-welsh.ts')).appWelsh : (await import('./app-english.ts')).appEnglish;
}
