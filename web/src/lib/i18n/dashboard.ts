/**
 * Text and number formats for the public accountability pages and the board's pages, in
 * English and Welsh. Each language's catalogue is its own module (`english.ts`,
 * `welsh.ts`, `english-board.ts`, `welsh-board.ts`): the public pages' layouts import
 * theirs (the address says the language), and the board's layout loads the one for the
 * language the person chose (docs/decisions/0501), so a page loads the text of its own
 * language only.
 */
import { getContext, setContext } from 'svelte';
import type { annualReportEn } from './annual-report.en.ts';
import type { BoardKey } from './board.en.ts';
import { createFormats, type Formats, type ListPart, type Locale } from './format.ts';
import type { PublicKey, PublicPluralKey } from './public.en.ts';
import type { registerEn } from './register.en.ts';

export const locales = ['en', 'cy'] as const;
export type { ListPart, Locale };
/** Text that only its own pages load: the register's and the annual report's. */
export type PageOwnKey = keyof typeof registerEn | keyof typeof annualReportEn;
export type DashboardKey = PublicKey | BoardKey | PageOwnKey;

/** Every public text, and the board's on the board's pages (the public pages' translators carry none of it). */
export type Catalogue = Record<PublicKey, string> & Partial<Record<BoardKey | PageOwnKey, string>>;

/**
 * The plural messages of a language: for each, a form per plural category the language
 * has (English one and other; Welsh zero, one, two, few, many and other), `{n}` the count.
 */
export type PluralCatalogue = Record<PublicPluralKey, Partial<Record<Intl.LDMLPluralRule, string>>>;

export interface Translator extends Omit<Formats, 'pluralCategory'> {
  /** The message for `key` with its `{placeholders}` filled. */
  t(key: DashboardKey, values?: Record<string, string | number>): string;
  /**
   * The form of a plural message for `count` ("1 activity", "2 activities"), `{n}` filled
   * with the count in figures. A count that is not a number ("fewer than 10") takes the
   * `other` form, shown as it is.
   */
  plural(key: PublicPluralKey, count: number | string, values?: Record<string, string | number>): string;
  /** Whether `key` is a message (for keys built from data, such as a sector). */
  has(key: string): key is DashboardKey;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/**
 * The translator for a locale and its catalogues.
 * @example createTranslator('cy', publicCy, publicPluralsCy).t('period.apply') // "Dangos y ffigurau"
 */
export function createTranslator(locale: Locale, messages: Catalogue, plurals: PluralCatalogue): Translator {
  const text = messages as Partial<Record<DashboardKey, string>>;
  const { pluralCategory, ...formats } = createFormats(locale);
  return {
    ...formats,
    t: (key, values = {}) => fill(text[key] ?? key, values),
    plural: (key, count, values = {}) => {
      const forms = plurals[key];
      const form = typeof count === 'number' ? forms[pluralCategory(count)] : undefined;
      return fill(form ?? forms.other ?? key, {
        ...values,
        n: typeof count === 'number' ? formats.number(count) : count,
      });
    },
    has: (key): key is DashboardKey => Object.hasOwn(text, key),
  };
}

const contextKey = Symbol('translator');

/** Makes a translator available to every component below (call in a layout). */
export function provideTranslator(translator: Translator): Translator {
  return setContext(contextKey, translator);
}

/**
 * The translator with a page's own text besides (the register's, the annual report's),
 * which the catalogue every public page loads leaves out.
 * @example provideTranslator(withPageText(useTranslator(), registerEn))
 */
export function withPageText(translator: Translator, messages: Partial<Record<PageOwnKey, string>>): Translator {
  const own = messages as Partial<Record<DashboardKey, string>>;
  return {
    ...translator,
    t: (key, values = {}) => {
      const text = own[key];
      return text === undefined ? translator.t(key, values) : fill(text, values);
    },
    has: (key): key is DashboardKey => key in own || translator.has(key),
  };
}

/** The translator the page's layout provided. */
export function useTranslator(): Translator {
  const translator = getContext<Translator | undefined>(contextKey);
  if (!translator) throw new Error('No translator: render this component in a layout that provides one.');
  return translator;
}
