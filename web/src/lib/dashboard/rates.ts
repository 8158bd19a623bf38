/**
 * A rate of activities, loops or answers as the pages show it. On too few cases (the
 * partnership's `minRateBase`, shared rate-bases.ts) it carries its base in words
 * ("based on 2 points raised"), no rating, and "too few to compare" in place of a
 * change in points.
 */
import {
  rateStanding,
  type PublicValue,
  type RateBaseCounts,
  type RateBaseKind,
  type RateName,
} from '@equal-partners/shared';
import type { Translator } from '#lib/i18n/dashboard.ts';
import { changeText, rateChangeOf } from './change.ts';
import { shareText } from './figures.ts';

/** A period's side of a rate: the published value and the counts its base is read from. */
export interface RateSide {
  value: PublicValue | undefined;
  counts: RateBaseCounts;
}

export interface RateShown {
  /** The rate in words: "50%", "not shown". */
  value: string;
  /** The change on the previous period: "up 5 points", or "too few to compare". */
  change: string;
  /** On too few cases: the base in words, "based on 2 points raised"; else undefined. */
  base: string | undefined;
  few: boolean;
}

/**
 * "based on 1 point raised", "based on 3 activities": a rate's base in words.
 * @example baseText(english, 'loopsRaised', 2) // "based on 2 points raised"
 */
export function baseText(tr: Translator, kind: RateBaseKind, n: number): string {
  return tr.plural(`rate.base.${kind}`, n);
}

/**
 * A rate for a card or a table cell, with its change on the previous period.
 * @example rateShown(tr, 'changeRate', now, before, 5).change // "too few to compare" on 2 loops
 */
export function rateShown(
  tr: Translator,
  rate: RateName,
  now: RateSide,
  before: RateSide | undefined,
  minRateBase: number | undefined,
): RateShown {
  const standing = rateStanding(rate, now.counts, minRateBase);
  const previous = before ? rateStanding(rate, before.counts, minRateBase) : undefined;
  return {
    value: shareText(tr, now.value),
    change: changeText(
      tr,
      rateChangeOf(now.value, before?.value, { now: standing.few, before: previous?.few ?? false }),
    ),
    base: standing.few && standing.base !== null ? baseText(tr, standing.kind, standing.base) : undefined,
    few: standing.few,
  };
}

/**
 * A share for a sentence: "50%", or "50% (based on 2 activities)" on too few cases.
 * @example shareInWords(tr, 'adjustmentRate', { value: 0.5, counts: { activities: 2 } }, 5)
 */
export function shareInWords(tr: Translator, rate: RateName, now: RateSide, minRateBase: number | undefined): string {
  const shown = rateShown(tr, rate, now, undefined, minRateBase);
  return shown.base ? `${shown.value} (${shown.base})` : shown.value;
}
