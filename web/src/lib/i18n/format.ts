/**
 * Dates, months, runs of months, numbers, percentages, plurals and lists in a page's
 * language, through `Intl` with the 'en-GB' or 'cy' locale. Pages render on the server
 * (Node's ICU has Welsh) and again in the browser, and a browser may have no Welsh
 * data: Debian's Chromium answers 'cy' with US English ("August 5, 2026", "A, B, and
 * C"). There the Welsh text is built from the British English pattern, which is the
 * Welsh one, with the Welsh month names and list words below (CLDR's), so both give
 * the same text: format.test.ts holds them to Node's ICU.
 */

/** The languages pages are offered in. */
export type Locale = 'en' | 'cy';

/** The `Intl` locale of a page language. */
export const intlLocales: Record<Locale, string> = { en: 'en-GB', cy: 'cy' };

/** CLDR's Welsh month names (ICU 78, CLDR 48), January first: what Node gives for 'cy'. */
export const welshMonths = {
  long: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  /** As a month is abbreviated beside a day or a year (CLDR's format context, not its stand-alone "Chw"). */
  short: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
} as const;

/** A part of a list: a name (with its index in the list given) or the words between names. */
export type ListPart = { type: 'element'; index: number; value: string } | { type: 'literal'; value: string };

export interface Formats {
  locale: Locale;
  /** `2026-03` as "Mar 2026" (Welsh "Maw 2026"). */
  month(month: string): string;
  /** `2026-03` as "March 2026" (Welsh "Mawrth 2026"). */
  monthLong(month: string): string;
  /** `2026-03` as "March" (Welsh "Mawrth"). */
  monthName(month: string): string;
  /** A run of months, `2026-04` to `2026-06`, as "Apr – Jun 2026" (Welsh "Ebr – Meh 2026"). */
  months(from: string, to: string): string;
  /** A run of months with their long names: "April – June 2026" (Welsh "Ebrill – Mehefin 2026"). */
  monthsLong(from: string, to: string): string;
  /** `2026-03-02` as "2 March 2026" (Welsh "2 Mawrth 2026"). */
  date(date: string): string;
  /** 1234 as "1,234"; with `digits`, that many decimals at most. */
  number(value: number, digits?: number): string;
  /** A number with exactly `digits` decimals: 1.2 as "1.20". */
  fixed(value: number, digits: number): string;
  /** 0.345 as "35%" (or with `digits` decimals). */
  percent(share: number, digits?: number): string;
  /** The plural category of a count in this language: English one/other, Welsh zero/one/two/few/many/other. */
  pluralCategory(count: number): Intl.LDMLPluralRule;
  /** "A, B and C" (Welsh "A, B, a C"; "ac" before a vowel). */
  list(items: readonly string[]): string;
  /** The same list in parts, so that each name can be marked up (e.g. with its own language). */
  listParts(items: readonly string[]): ListPart[];
}

/** Whether this runtime's `Intl` has data for a locale (Node's full ICU has Welsh; Debian's Chromium does not). */
function hasLocale(api: { supportedLocalesOf(locales: string[]): string[] }, tag: string): boolean {
  return api.supportedLocalesOf([tag]).length > 0;
}

const firstOfMonth = (month: string) => new Date(`${month}-01T00:00:00Z`);
const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;

/**
 * CLDR's Welsh conjunction "a(c)" as written: "ac" before a vowel, "a" before a consonant
 * (the following name is not mutated: names keep their spelling).
 */
function welshAnd(literal: string, next: string | undefined): string {
  return literal.replace('a(c)', /^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(next ?? '') ? 'ac' : 'a');
}

/** Welsh list parts as CLDR 48 writes them: "A a(c) B"; "A, B, a(c) C". */
function welshListParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[] {
  const parts: { type: 'element' | 'literal'; value: string }[] = [];
  items.forEach((item, i) => {
    if (i > 0)
      parts.push({ type: 'literal', value: i < items.length - 1 ? ', ' : items.length > 2 ? ', a(c) ' : ' a(c) ' });
    parts.push({ type: 'element', value: item });
  });
  return parts;
}

export interface FormatOptions {
  /**
   * Whether to use the runtime's own Welsh data; by default, when it has it. Tests set
   * false to check the text built without it against Node's.
   */
  runtimeWelsh?: boolean;
}

/**
 * The formats of a page language.
 * @example createFormats('cy').months('2026-01', '2026-12') // "Ion – Rhag 2026"
 */
export function createFormats(locale: Locale, options: FormatOptions = {}): Formats {
  const tag = intlLocales[locale];
  const own = (api: { supportedLocalesOf(locales: string[]): string[] }) =>
    locale === 'en' || (options.runtimeWelsh ?? hasLocale(api, tag));
  const dateTag = own(Intl.DateTimeFormat) ? tag : 'en-GB';
  const numberTag = own(Intl.NumberFormat) ? tag : 'en-GB';
  const listTag = own(Intl.ListFormat) ? tag : undefined;
  /** Welsh month names in place of the British English ones, when the runtime has no Welsh. */
  const months = locale === 'cy' && dateTag !== tag ? welshMonths : undefined;

  const dateTime = (format: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(dateTag, { ...format, timeZone: 'UTC' });
    const names = months?.[format.month === 'long' ? 'long' : 'short'];
    return {
      format(date: Date): string {
        if (!names) return formatter.format(date);
        return formatter
          .formatToParts(date)
          .map((part) => (part.type === 'month' ? names[date.getUTCMonth()] : part.value))
          .join('');
      },
      formatRange(from: Date, to: Date): string {
        const text = names
          ? formatter
              .formatRangeToParts(from, to)
              .map((part) =>
                part.type === 'month' ? names[(part.source === 'endRange' ? to : from).getUTCMonth()] : part.value,
              )
              .join('')
          : formatter.formatRange(from, to);
        // Node's ICU puts thin spaces around the dash, Chromium's plain ones: one text for both.
        return text.replaceAll('\u2009', ' ');
      },
    };
  };

  const monthShort = dateTime({ month: 'short', year: 'numeric' });
  const monthLong = dateTime({ month: 'long', year: 'numeric' });
  const monthAlone = dateTime({ month: 'long' });
  const dayMonthYear = dateTime({ day: 'numeric', month: 'long', year: 'numeric' });

  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, format: Intl.NumberFormatOptions) => {
    let formatter = numberFormats.get(key);
    if (!formatter) numberFormats.set(key, (formatter = new Intl.NumberFormat(numberTag, format)));
    return formatter;
  };
  const plurals = new Intl.PluralRules(tag);
  const listFormat = listTag ? new Intl.ListFormat(listTag, { type: 'conjunction' }) : undefined;

  const listParts = (items: readonly string[]): ListPart[] => {
    const parts = listFormat ? listFormat.formatToParts(items) : welshListParts(items);
    let index = 0;
    return parts.map((part, i) => {
      if (part.type === 'element') return { type: 'element', index: index++, value: part.value };
      const next = parts[i + 1]?.value;
      return { type: 'literal', value: locale === 'cy' ? welshAnd(part.value, next) : part.value };
    });
  };

  return {
    locale,
    month: (month) => monthShort.format(firstOfMonth(month)),
    monthLong: (month) => monthLong.format(firstOfMonth(month)),
    monthName: (month) => (months ? months.long[monthIndex(month)]! : monthAlone.format(firstOfMonth(month))),
    months: (from, to) => monthShort.formatRange(firstOfMonth(from), firstOfMonth(to)),
    monthsLong: (from, to) => monthLong.formatRange(firstOfMonth(from), firstOfMonth(to)),
    date: (date) => dayMonthYear.format(new Date(`${date}T00:00:00Z`)),
    number: (value, digits) =>
      digits === undefined
        ? numberFormat('number', {}).format(value)
        : numberFormat(`number-${digits}`, { maximumFractionDigits: digits }).format(value),
    fixed: (value, digits) =>
      numberFormat(`fixed-${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    percent: (share, digits = 0) =>
      numberFormat(`percent-${digits}`, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(share),
    pluralCategory: (count) => plurals.select(count),
    list: (items) =>
      listParts(items)
        .map((part) => part.value)
        .join(''),
    listParts,
  };
}

/** The plural categories a language's messages need a form for: what `Intl.PluralRules` can answer. */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(intlLocales[locale]).resolvedOptions().pluralCategories;
}

/** Plural forms of a message: a form for every category of the language, each with a `{n}` for the count. */
export type PluralForms<C extends Intl.LDMLPluralRule> = Record<C, string>;
/** English: "1 activity", "2 activities". */
export type EnglishForms = PluralForms<'one' | 'other'>;
/** Welsh: 0, 1, 2, 3, 6 and the rest can each take their own form (a numeral mutates the noun after it). */
export type WelshForms = PluralForms<'zero' | 'one' | 'two' | 'few' | 'many' | 'other'>;
