/**
 * Text and number formats for the public accountability pages (English and Welsh) and
 * the board's dashboard (English). Welsh falls back to English only for board pages,
 * whose text is not in the Welsh catalogue; every public text is in both.
 */
import { getContext, setContext } from 'svelte';
import { boardEn, type BoardKey } from './board.en.ts';
import { publicCy } from './public.cy.ts';
import { publicEn, type PublicKey } from './public.en.ts';

export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];
export type DashboardKey = PublicKey | BoardKey;

const catalogues: Record<Locale, Partial<Record<DashboardKey, string>>> = {
  en: { ...publicEn, ...boardEn },
  cy: publicCy,
};
const english = catalogues.en as Record<DashboardKey, string>;
const intlLocale: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB' };

export interface Translator {
  locale: Locale;
  /** The message for `key` with its `{placeholders}` filled. */
  t(key: DashboardKey, values?: Record<string, string | number>): string;
  /** Whether `key` is a message (for keys built from data, such as a principle id). */
  has(key: string): key is DashboardKey;
  /** `2026-03` as "Mar 2026" (Welsh "Maw 2026"). */
  month(month: string): string;
  /** `2026-03` as "March 2026". */
  monthLong(month: string): string;
  /** `2026-03-02` as "2 March 2026". */
  date(date: string): string;
  /** 1234 as "1,234". */
  number(value: number): string;
  /** 0.345 as "35%" (or with `digits` decimals). */
  percent(share: number, digits?: number): string;
}

/**
 * The translator for a locale.
 * @example translator('cy').t('period.apply') // "Dangos y ffigurau"
 */
export function translator(locale: Locale): Translator {
  const messages = catalogues[locale];
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
      (messages[key] ?? english[key]).replace(/\{(\w+)\}/g, (match, name: string) =>
        name in values ? String(values[name]) : match,
      ),
    has: (key): key is DashboardKey => Object.hasOwn(english, key),
    month: (month) => monthFormat.format(firstOfMonth(month)),
    monthLong: (month) => monthLongFormat.format(firstOfMonth(month)),
    date: (date) => dateFormat.format(new Date(`${date}T00:00:00Z`)),
    number: (value) => numberFormat.format(value),
    percent: (share, digits = 0) => percentFormat(digits).format(share),
  };
}

const contextKey = Symbol('translator');

/** Makes the locale's translator available to every component below (call in a layout). */
export function provideTranslator(locale: Locale): Translator {
  return setContext(contextKey, translator(locale));
}

/** The translator a layout provided, or English. */
export function useTranslator(): Translator {
  return getContext<Translator | undefined>(contextKey) ?? translator('en');
}
