/** Turning monthly rollups into a period's figures, an overview row's, and a time series: sums of months, then the metric functions. */
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
  rowMetricFigures,
  seriesPointFigures,
  type ActivityFilter,
  type ActivityTotals,
  type Breakdown,
  type MetricContext,
  type MetricFigures,
  type MetricInput,
  type MetricSet,
  type MonthRollup,
  type PrincipleScores,
  type RowMetricFigures,
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

/** What a period's metrics are computed from: its activity totals under the filter, and its loops unless filtered. */
function metricInput(input: PeriodFigureInput): MetricInput {
  const filtered = isFiltered(input.filter);
  return {
    activities: filteredActivityTotals(input.rollup, input.filter),
    loops: filtered ? null : input.rollup.loops,
    overdueLoops: filtered ? null : input.overdueLoops,
    scores: input.scores,
  };
}

/** A period's metric set and the activity totals it was computed from. */
export function periodMetrics(input: PeriodFigureInput): { set: MetricSet; activities: ActivityTotals } {
  const metrics = metricInput(input);
  return { set: metricSet(metrics, input.context), activities: metrics.activities };
}

export function periodFigures(input: PeriodFigureInput, breakdowns: Breakdown[]): MetricFigures {
  const { set, activities } = periodMetrics(input);
  return metricFigures(set, activities, input.context, breakdowns);
}

/**
 * A signatory's figures over a period as its overview row shows them, and nothing else of
 * the figure tree (decision 0108): the same figures `periodFigures` gives for the row.
 */
export function periodRowFigures(input: PeriodFigureInput): RowMetricFigures {
  return rowMetricFigures(metricInput(input), input.context);
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
