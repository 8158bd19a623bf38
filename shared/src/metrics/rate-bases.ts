/**
 * Which count each rate is a share of (its base), and whether that base is too few
 * cases for the rate to be rated or compared in points: 1 of 2 loops is "50%", but
 * says little, and "up 67 points" on 2 loops says less. A rate on fewer cases than the
 * partnership's `minRateBase` is shown with its base ("based on 2 points raised"),
 * without a red, amber or green rating and without a change in points.
 */
import { defaultSettings } from '../records/default-settings.ts';
import { metricCatalogue, type RateBaseKind, type RateMetric } from './metric-catalogue.ts';

/** Each rate of activities, loops or answers, and the count it divides by (docs: DOMAIN.md, Metrics), from the catalogue. */
export const rateBases = Object.fromEntries(
  metricCatalogue.flatMap((metric) => ('rateBase' in metric ? [[metric.id, metric.rateBase]] : [])),
) as { readonly [M in RateMetric as M['id']]: M['rateBase'] };

export type RateName = keyof typeof rateBases;

/** A count as a report gives it: exact, published (maybe `"<10"` or `"suppressed"`), or absent. */
type CountValue = number | string | null | undefined;

/** The bases of a report, by kind; what a row or a series point does not carry is absent. */
export type RateBaseCounts = Partial<Record<RateBaseKind, CountValue>>;

/** The part of a metric report (exact or public) the bases are read from. */
export interface RateBaseFigures {
  reach: {
    activities: CountValue;
    bySetting: { community: { activities: CountValue }; organisation: { activities: CountValue } };
  };
  impact: { loopsRaised: CountValue; loopsClosed: CountValue; experienceResponses: CountValue };
}

/**
 * The bases of a whole report (reach, inclusion, impact), flattened by kind.
 * @example rateBaseCounts(report.metrics).loopsRaised // 2
 */
export function rateBaseCounts(figures: RateBaseFigures): RateBaseCounts {
  const community = figures.reach.bySetting.community.activities;
  const organisation = figures.reach.bySetting.organisation.activities;
  return {
    activities: figures.reach.activities,
    inPersonActivities:
      typeof community === 'number' && typeof organisation === 'number' ? community + organisation : null,
    loopsRaised: figures.impact.loopsRaised,
    loopsClosed: figures.impact.loopsClosed,
    experienceResponses: figures.impact.experienceResponses,
  };
}

/**
 * The number of cases `rate` rests on, or null when it is not known (not published, or
 * not carried by a row or a series point).
 * @example rateBase('changeRate', { loopsClosed: 3 }) // 3
 */
export function rateBase(rate: RateName, counts: RateBaseCounts): number | null {
  const value = counts[rateBases[rate]];
  return typeof value === 'number' ? value : null;
}

/**
 * Whether a base is too few cases to rate or compare: from 1 to `minRateBase` - 1. None
 * (0) is not few: the rate is then not defined at all. `minRateBase` falls back to the
 * default for a partnership stored before the setting existed.
 * @example isFewCases(2, 5) // true
 */
export function isFewCases(base: number | null, minRateBase: number | undefined): boolean {
  const floor = minRateBase ?? defaultSettings.minRateBase;
  return base !== null && base > 0 && base < floor;
}

/** A rate with what it rests on: its base (null when unknown) and whether that is too few cases. */
export interface RateStanding {
  kind: RateBaseKind;
  base: number | null;
  few: boolean;
}

/**
 * What `rate` rests on in a report.
 * @example rateStanding('closureRate', { loopsRaised: 2 }, 5) // { kind: 'loopsRaised', base: 2, few: true }
 */
export function rateStanding(rate: RateName, counts: RateBaseCounts, minRateBase: number | undefined): RateStanding {
  const base = rateBase(rate, counts);
  return { kind: rateBases[rate], base, few: isFewCases(base, minRateBase) };
}
