/** Turning monthly rollups into a period's figures and a time series: sums of months, then the metric functions. */
import {
  breakdown,
  filteredActivityTotals,
  impact,
  isFiltered,
  mergeMonthRollups,
  metricFigures,
  metricSet,
  monthRange,
  reach,
  seriesPointFigures,
  type ActivityFilter,
  type ActivityTotals,
  type Breakdown,
  type MetricContext,
  type MetricFigures,
  type MetricSet,
  type MonthRollup,
  type PrincipleScores,
  type SeriesPointFigures,
} from '@equal-partners/shared';
import type { PeriodView } from './report-periods.ts';

/** The rollup of a run of months: the sum of its months. */
export function rollupOfMonths(rollups: ReadonlyMap<string, MonthRollup>, from: string, to: string): MonthRollup {
  return mergeMonthRollups(monthRange(from, to).flatMap((m) => (rollups.has(m) ? [rollups.get(m)!] : [])));
}

export interface PeriodFigureInput {
  rollup: MonthRollup;
  filter: ActivityFilter;
  overdueLoops: number | null;
  scores: Readonly<Record<string, PrincipleScores>>;
  context: MetricContext;
}

/** A period's metric set and the activity totals it was computed from. */
export function periodMetrics(input: PeriodFigureInput): { set: MetricSet; activities: ActivityTotals } {
  const activities = filteredActivityTotals(input.rollup, input.filter);
  const filtered = isFiltered(input.filter);
  const set = metricSet(
    {
      activities,
      loops: filtered ? null : input.rollup.loops,
      overdueLoops: filtered ? null : input.overdueLoops,
      scores: input.scores,
    },
    input.context,
  );
  return { set, activities };
}

export function periodFigures(input: PeriodFigureInput, breakdowns: Breakdown[]): MetricFigures {
  const { set, activities } = periodMetrics(input);
  return metricFigures(set, activities, input.context, breakdowns);
}

/**
 * The time series, one point per month with empty months as zeros, and the breakdowns
 * saying that the months of each period add up to that period's participations.
 */
export function seriesFigures(
  rollups: ReadonlyMap<string, MonthRollup>,
  months: readonly string[],
  filter: ActivityFilter,
  today: string,
  periods: readonly { period: PeriodView; figures: MetricFigures }[],
  breakdowns: Breakdown[],
): SeriesPointFigures[] {
  const filtered = isFiltered(filter);
  const points = months.map((month) => {
    const rollup = rollups.get(month) ?? mergeMonthRollups([]);
    const activities = filteredActivityTotals(rollup, filter);
    return seriesPointFigures(month, today.startsWith(month), {
      reach: reach(activities),
      impact: impact(filtered ? null : rollup.loops, activities, null),
    });
  });
  for (const { period, figures } of periods) {
    const cells = points.filter((p) => p.month >= period.from && p.month <= period.to).map((p) => p.participations);
    if (cells.length > 0) breakdowns.push(breakdown(figures.reach.participations, cells));
  }
  return points;
}
