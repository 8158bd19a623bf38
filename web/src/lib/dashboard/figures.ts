/**
 * Reading published figures: a value is a number, null (nothing to divide by), `"<k"`
 * (a small count of people, suppressed), `"suppressed"` (hidden so a small count
 * cannot be worked out, or a share of too few people) or `"year-only"` (a quarter's
 * count published for the financial year only). Pages show each in words.
 */
import { yearOnlyMark, type PublicValue } from '@equal-partners/shared';
import type { Translator } from '#lib/i18n/dashboard.ts';
import type { PublicPluralKey } from '#lib/i18n/public.en.ts';

/** The value as a number, or null when it is not published or not defined. */
export function numeric(value: PublicValue | boolean | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Whether the value was withheld by disclosure control. */
export function isWithheld(value: PublicValue | boolean | undefined): boolean {
  return typeof value === 'string';
}

/** Whether the value is a small count shown as "fewer than k". */
export function isSmallCount(value: PublicValue | boolean | undefined): value is string {
  return typeof value === 'string' && value.startsWith('<');
}

/** A count of people: "1,235", "fewer than 10", "year only" (a quarter's count published for the year) or "not shown". */
export function peopleText(tr: Translator, value: PublicValue | undefined): string {
  if (typeof value === 'number') return tr.number(value);
  if (value === yearOnlyMark) return tr.t('value.yearOnly');
  if (isSmallCount(value)) return tr.t('value.fewerThan', { k: value.slice(1) });
  if (typeof value === 'string') return tr.t('value.notShown');
  return tr.t('value.none');
}

/** A count that is never suppressed (activities, loops, days). */
export function countText(tr: Translator, value: PublicValue | undefined): string {
  return typeof value === 'number' ? tr.number(value) : tr.t('value.none');
}

/** A share 0..1 as a percentage, or "not shown" / "no data". */
export function shareText(tr: Translator, value: PublicValue | undefined, digits = 0): string {
  if (typeof value === 'number') return tr.percent(value, digits);
  if (isWithheld(value)) return tr.t('value.notShown');
  return tr.t('value.none');
}

/** A ratio such as a representation of 1.23 (1 = in proportion), two decimals. */
export function ratioText(tr: Translator, value: PublicValue | undefined): string {
  if (typeof value === 'number') return tr.fixed(value, 2);
  if (isWithheld(value)) return tr.t('value.notShown');
  return tr.t('value.none');
}

/** A group's representation flag: below or above its share of the population served, in proportion, or unknown. */
export function flagText(tr: Translator, flag: unknown): string {
  if (flag === 'under') return tr.t('flag.under');
  if (flag === 'over') return tr.t('flag.over');
  if (flag === null) return tr.t('flag.none');
  return tr.t('flag.unknown');
}

/** A score out of 100 (the inclusion score), whole. */
export function scoreText(tr: Translator, value: PublicValue | undefined): string {
  if (typeof value === 'number') return tr.number(Math.round(value));
  if (isWithheld(value)) return tr.t('value.notShown');
  return tr.t('value.none');
}

/** Days, e.g. a median of 34.5 days as "34.5 days". */
export function daysText(tr: Translator, value: PublicValue | undefined): string {
  if (typeof value !== 'number') return tr.t('value.none');
  return tr.plural('count.days', Math.round(value * 10) / 10);
}

/**
 * A count with the words for what it counts, in the plural form the count takes:
 * "1 activity", "3 activities", "fewer than 10 times" (a count shown in words takes
 * the `other` form). `text` puts a value that is not a number into words.
 * @example counted(english, 'count.activities', 1) // "1 activity"
 */
export function counted(
  tr: Translator,
  key: PublicPluralKey,
  value: PublicValue | undefined,
  text: (tr: Translator, value: PublicValue | undefined) => string = countText,
): string {
  return tr.plural(key, typeof value === 'number' ? value : text(tr, value));
}
