/**
 * A series as a trend line and in words. The last point, when its month (or quarter)
 * is not over yet, is marked and drawn dashed, never as a fall to nothing, and is left
 * out of "lowest, highest, latest"; a rate's point resting on too few cases is left out
 * of both (shared rate-bases.ts).
 */
import { isFewCases, rateBase, type PublicValue, type RateBaseCounts, type RateName } from '@equal-partners/shared';
import type { Translator } from '#lib/i18n/dashboard.ts';
import { numeric } from './figures.ts';

/** One point of a series as the trend reads it. */
export interface TrendPoint {
  value: PublicValue | undefined;
  /** Its month or quarter is not over yet. */
  partial: boolean;
  /** Whether its value rests on too few cases to compare. */
  few?: boolean;
}

export interface Trend {
  /** One value a point; null where nothing is drawn. */
  values: (number | null)[];
  /** The last value is a period not over yet: drawn dashed and marked. */
  partialLast: boolean;
  /** The trend in words, over complete points only. */
  label: string;
}

/**
 * The value to draw for a point: a period not over yet with nothing in it so far is not
 * drawn (it would read as a fall to zero); its table row says what there is.
 * @example drawnValue(0, true) // null
 */
export function drawnValue(value: number | null, partial: boolean): number | null {
  return partial && value === 0 ? null : value;
}

/**
 * The trend of a series: the values to draw and the words for them.
 * `unit` names the points (public series are quarterly, signed-in ones monthly).
 */
export function trendOf(
  tr: Translator,
  points: readonly TrendPoint[],
  format: (value: number) => string,
  unit: 'month' | 'quarter' = 'month',
): Trend {
  const partialLast = points.at(-1)?.partial ?? false;
  const values = points.map((p) => (p.few ? null : drawnValue(numeric(p.value), p.partial)));
  const complete = points.filter((p) => !p.partial);
  const known = complete.flatMap((p) => {
    const value = numeric(p.value);
    return p.few || value === null ? [] : [value];
  });
  const words =
    known.length === 0
      ? []
      : [
          tr.t(unit === 'quarter' ? 'chart.trend.quarters' : 'chart.trend', {
            months: tr.plural('count.months', complete.length),
            quarters: tr.plural('count.quarters', complete.length),
            low: format(Math.min(...known)),
            high: format(Math.max(...known)),
            latest: format(known.at(-1)!),
          }),
        ];
  if (known.length > 0 && complete.some((p) => p.few))
    words.push(tr.t(unit === 'quarter' ? 'chart.trend.fewQuarters' : 'chart.trend.fewMonths'));
  if (known.length > 0 && partialLast)
    words.push(tr.t(unit === 'quarter' ? 'chart.trend.partialQuarter' : 'chart.trend.partialMonth'));
  return { values, partialLast, label: words.join(' ') };
}

/**
 * A series' points for a trend of one of its figures; for a rate, each point knows
 * whether it rests on too few cases (a point carries loops and activities, not every base).
 */
export function trendPoints<P extends RateBaseCounts & { partial: boolean }>(
  series: readonly P[],
  pick: (point: P) => PublicValue | undefined,
  rate?: { name: RateName; minRateBase: number | undefined },
): TrendPoint[] {
  return series.map((point) => ({
    value: pick(point),
    partial: point.partial,
    few: rate ? isFewCases(rateBase(rate.name, point), rate.minRateBase) : false,
  }));
}
