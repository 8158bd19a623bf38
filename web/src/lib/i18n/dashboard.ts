/**
 * Text and number formats for the public accountability pages (English and Welsh) and
 * the board's pages (English). Each language's catalogue is its own module
 * (`english.ts`, `welsh.ts`), imported by the layout of the pages in that language, so
 * a page loads the text of its own language only.
 */
import { getContext, setContext } from 'svelte';
import type { BoardKey } from './board.en.ts';
import type { PublicKey } from './public.en.ts';

export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];
export type DashboardKey = PublicKey | BoardKey;

/** Every public text, and the board's where the language has them (Welsh pages are public pages only). */
export type Catalogue = Record<PublicKey, string> & Partial<Record<BoardKey, string>>;

const intlLocale: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB' };

export interface Translator {
  locale: Locale;
  /** The message for `key` with its `{placeholders}` filled. */
  t(key: DashboardKey, values?: Record<string, string | number>): string;
  /** Whether `key` is a message (for keys built from data, such as a sector). */
  has(key: string): key is DashboardKey;
  /** `2026-03` as "Mar 2026" (Welsh "Maw 2026"). */
  month(month: string): string;
  /** `2026-03` as "March 2026". */
  monthLong(month: string): string;
  /** A run of months, `2026-04` to `2026-06`, as "Apr–Jun 2026" (Welsh "Ebr–Meh 2026"). */
  months(from: string, to: string): string;
  /** `2026-03-02` as "2 March 2026". */
  date(date: string): string;
  /** 1234 as "1,234". */
  number(value: number): string;
  /** 0.345 as "35%" (or with `digits` decimals). */
  percent(share: number, digits?: number): string;
}

/**
 * The translator for a locale and its catalogue.
 * @example createTranslator('cy', publicCy).t('period.apply') // "Dangos y ffigurau"
 */
export function createTranslator(locale: Locale, messages: Catalogue): Translator {
  const text = messages as Partial<Record<DashboardKey, string>>;
  const intl = intlLocale[locale];
  const monthFormat = new Intl.DateTimeFormat(intl, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthLongFormat = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateFormat = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(intl);
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    if (!percentFormats.has(digits)) {
      percentFormats.set(
        digits,
        new Intl.NumberFormat(intl, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
      );
    }
    return percentFormats.get(digits)!;
  };
  const firstOfMonth = (month: string) => new Date(`${month}-01T00:00:00Z`);
  return {
    locale,
    t: (key, values = {}) =>
      (text[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
        name in values ? String(values[name]) : match,
      ),
    has: (key): key is DashboardKey => Object.hasOwn(text, key),
    month: (month) => monthFormat.format(firstOfMonth(month)),
    monthLong: (month) => monthLongFormat.format(firstOfMonth(month)),
    months: (from, to) => monthFormat.formatRange(firstOfMonth(from), firstOfMonth(to)),
    date: (date) => dateFormat.format(new Date(`${date}T00:00:00Z`)),
    number: (value) => numberFormat.format(value),
    percent: (share, digits = 0) => percentFormat(digits).format(share),
  };
}

const contextKey = Symbol('translator');

/** Makes a translator available to every component below (call in a layout). */
export function provideTranslator(translator: Translator): Translator {
  return setContext(contextKey, translator);
}

/** The translator the page's layout provided. */
export function useTranslator(): Translator {
  const translator = getContext<Translator | undefined>(contextKey);
  if (!translator) throw new Error('No translator: render this component in a layout that provides one.');
  return translator;
}
