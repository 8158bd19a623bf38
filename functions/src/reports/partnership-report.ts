/**
 * Every figure for the whole partnership (or one sector of it) over a period, with
 * the previous period, a monthly series, and one row per signatory for the overview
 * table, for the period and for the previous period. Reads the months' rows items of
 * both periods in one batch (decision 0108), the partnership's monthly rollups, every
 * standing in one query and the signatories in one query.
 */
import {
  charterStanding,
  dayOf,
  emptyMonthRollup,
  isFiltered,
  latestScores,
  meanScores,
  signatoryRowFigures,
  rowBreakdowns,
  monthRange,
  mergeMonthRollups,
  type ActivityFilter,
  type Breakdown,
  type Disclosable,
  type DisclosureRules,
  type MetricFigures,
  type MonthRollup,
  type Period,
  type Sector,
  type SeriesPointFigures,
  type SignatoryRowFigures,
} from '@equal-partners/shared';
import { type Store } from '../table/index.ts';
import {
  readMonthOfSignatories,
  readMonthRows,
  readPartnershipRollups,
  readStandings,
} from '../rollups/read-rollups.ts';
import { periodFigures, rollupOfMonths, seriesFigures } from './period-figures.ts';
import { reportPeriods, type PeriodView } from './report-periods.ts';
import { metricContextFor, overdueOn } from './signatory-report.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import type { PartnershipView } from '../partnership/partnership-entity.ts';

export interface PartnershipReportRequest {
  period: Period;
  filter: ActivityFilter;
  sector?: Sector | undefined;
  now: Date;
  /** The partnership, when the caller has read it already, so it is not read again. */
  partnership?: PartnershipView | undefined;
}

export interface PartnershipReportFigures {
  metrics: MetricFigures;
  previous: MetricFigures;
  series: SeriesPointFigures[];
  rows: SignatoryRowFigures[];
  /** Each signatory's row for the previous period, in the same order as `rows`. */
  previousRows: SignatoryRowFigures[];
}

export interface PartnershipReport {
  partnership: { name: string; area: string };
  period: PeriodView;
  previousPeriod: PeriodView;
  filter: ActivityFilter & { sector?: Sector | undefined };
  baseline: { year: number; source: string } | null;
  figures: Disclosable<PartnershipReportFigures>;
  rules: DisclosureRules;
}

/** Each month's signatory rollups (with their segments when filtered), for the given months. */
async function monthsOfSignatories(store: Store, months: readonly string[], withSegments: boolean) {
  const read = await Promise.all(months.map((m) => readMonthOfSignatories(store, m, withSegments)));
  return new Map(months.map((m, i) => [m, read[i]!]));
}

interface ReportMonths {
  /** The months of the period and the previous period, for the rows. */
  rowMonths: readonly string[];
  /** The months of the series (and so of both periods' totals). */
  seriesMonths: readonly string[];
  filter: ActivityFilter;
  /** The signatories of a sector; the whole partnership when undefined. */
  included: ReadonlySet<string> | undefined;
}

/**
 * The rollups a report is computed from: each signatory's by month for the rows, and the
 * totals by month. Unfiltered, the whole partnership's rows come from the months' rows
 * items (one batched read for both periods, decision 0108) and its totals from its own
 * monthly rollups, so the reads do not grow with signatories. Filtered by channel or
 * audience (the rows items hold no segments), or for one sector (whose totals are the sum
 * of its signatories' whole rollups), every signatory's rollup of each month is read.
 */
async function monthsOfReport(
  store: Store,
  months: ReportMonths,
): Promise<{ rows: Map<string, Map<string, MonthRollup>>; totals: Map<string, MonthRollup> }> {
  const filtered = isFiltered(months.filter);
  if (!months.included) {
    const [rows, totals] = await Promise.all([
      filtered ? monthsOfSignatories(store, months.rowMonths, true) : readMonthRows(store, months.rowMonths),
      readPartnershipRollups(store, months.seriesMonths, filtered),
    ]);
    return { rows, totals };
  }
  const included = months.included;
  const all = [...new Set([...months.rowMonths, ...months.seriesMonths])].sort();
  const rows = await monthsOfSignatories(store, all, filtered);
  const totals = new Map<string, MonthRollup>();
  for (const month of months.seriesMonths) {
    const rollups = rows.get(month) ?? new Map<string, MonthRollup>();
    totals.set(month, mergeMonthRollups([...rollups].filter(([id]) => included.has(id)).map(([, r]) => r)));
  }
  return { rows, totals };
}

export async function partnershipReport(
  store: Store,
  request: PartnershipReportRequest,
): Promise<PartnershipReport | undefined> {
  const periods = reportPeriods(request.period, request.now);
  const setup = await metricContextFor(store, Number(periods.period.asOf.slice(0, 4)), request.partnership);
  if (!setup) return undefined;
  const { context, rules, partnership } = setup;
  const [allSignatories, standings] = await Promise.all([listSignatories(store), readStandings(store)]);
  const signatories = allSignatories.filter((s) => !request.sector || s.sector === request.sector);
  const included = new Set(signatories.map((s) => s.id));

  // The rows of both periods come from one read: the previous period ends the month before the period starts.
  const rowMonths = monthRange(periods.previous.from, periods.period.to);
  const { rows: bySignatory, totals } = await monthsOfReport(store, {
    rowMonths,
    seriesMonths: periods.series,
    filter: request.filter,
    included: request.sector ? included : undefined,
  });

  const { loopDueDays } = context.settings;
  const overdue = async (day: string) => {
    const counts = await Promise.all(
      signatories.map((s) => overdueOn(store, s.id, standings.get(s.id), day, loopDueDays)),
    );
    return new Map(signatories.map((s, i) => [s.id, counts[i]!]));
  };
  const [overdueNow, overdueBefore] = await Promise.all([overdue(periods.period.asOf), overdue(periods.previous.asOf)]);
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const scoresAt = (day: string) =>
    meanScores(signatories.map((s) => latestScores(standings.get(s.id)?.assessments ?? [], day)));

  const breakdowns: Breakdown[] = [];
  const figuresOf = (period: PeriodView, overdueLoops: number) =>
    periodFigures(
      {
        rollup: rollupOfMonths(totals, period.from, period.to),
        filter: request.filter,
        overdueLoops,
        scores: scoresAt(period.asOf),
        context,
      },
      breakdowns,
    );
  const metrics = figuresOf(periods.period, sum(overdueNow));
  const previous = figuresOf(periods.previous, sum(overdueBefore));
  const series = seriesFigures(
    totals,
    periods.series,
    request.filter,
    dayOf(request.now),
    [
      { period: periods.period, figures: metrics },
      { period: periods.previous, figures: previous },
    ],
    breakdowns,
  );

  const notPublished: Breakdown[] = [];
  const rowsOf = (period: PeriodView, overdueLoops: Map<string, number>) =>
    signatories.map((signatory) => {
      const rollup = mergeMonthRollups(
        monthRange(period.from, period.to).map((m) => bySignatory.get(m)?.get(signatory.id) ?? emptyMonthRollup()),
      );
      const figures = periodFigures(
        {
          rollup,
          filter: request.filter,
          overdueLoops: overdueLoops.get(signatory.id) ?? 0,
          scores: latestScores(standings.get(signatory.id)?.assessments ?? [], period.asOf),
          context,
        },
        // A row's own breakdowns (by channel and so on) are not published in the overview.
        notPublished,
      );
      // The status is today's whatever the period: an award past its expiry reads lapsed.
      return signatoryRowFigures(signatory, charterStanding(signatory, dayOf(request.now)), figures);
    });
  const rows = rowsOf(periods.period, overdueNow);
  const previousRows = rowsOf(periods.previous, overdueBefore);
  breakdowns.push(...rowBreakdowns(rows, metrics), ...rowBreakdowns(previousRows, previous));

  return {
    partnership: { name: partnership.name, area: partnership.area },
    period: periods.period,
    previousPeriod: periods.previous,
    filter: { ...request.filter, ...(request.sector ? { sector: request.sector } : {}) },
    baseline: setup.baseline,
    figures: { figures: { metrics, previous, series, rows, previousRows }, breakdowns },
    rules,
  };
}
