/**
 * The dates a report needs around its period: the previous period, the day figures
 * that are a state rather than a flow (overdue loops, latest scores) are taken on,
 * the months of the time series, and the 12 months award eligibility looks at.
 */
import {
  addMonths,
  dayOf,
  monthOf,
  monthRange,
  previousPeriod,
  trailingMonths,
  type Period,
  type PeriodView,
} from '@equal-partners/shared';

export type { PeriodView };

export interface ReportPeriods {
  period: PeriodView;
  previous: PeriodView;
  /** Months of the time series: the previous period and the period, and at least the 12 months to its end. */
  series: string[];
  /** The 12 months ending with the month of `period.asOf`: the longest award window (docs/decisions/0110). */
  eligibility: Period;
  /** Every month any of the above needs, for one read. */
  months: string[];
}

/** A period as of `today`: the day its state figures are taken on, and whether it is still running. */
export function view(period: Period, today: string): PeriodView {
  return {
    ...period,
    asOf: period.end < today ? period.end : today,
    partial: period.start <= today && today <= period.end,
  };
}

export function reportPeriods(period: Period, now: Date): ReportPeriods {
  const today = dayOf(now);
  const current = view(period, today);
  const previous = view(previousPeriod(period), today);
  const seriesFrom = [previous.from, addMonths(period.to, -11)].sort()[0]!;
  const eligibility = trailingMonths(monthOf(current.asOf), 12);
  const first = [seriesFrom, eligibility.from].sort()[0]!;
  const last = [period.to, eligibility.to].sort().at(-1)!;
  return {
    period: current,
    previous,
    series: monthRange(seriesFrom, period.to),
    eligibility,
    months: monthRange(first, last),
  };
}
