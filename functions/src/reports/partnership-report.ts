/**
 * Every figure for the whole partnership (or one sector of it) over a period, with
 * the previous period, a monthly series, and one row per signatory for the overview
 * table, for the period and for the previous period. Reads the rows items of both
 * periods (quarters and months) in one batch (decision 0108), the partnership's
 * monthly rollups, every standing in one query and the signatories in one query, all at
 * once; each row's figures are computed on their own, not as a whole figure tree.
 */
import {
  charterStanding,
  dayOf,
  emptyMonthRollup,
  isFiltered,
  latestScores,
  meanScores,
  signatoryRow,
  rowBreakdowns,
  monthRange,
  mergeMonthRollups,
  reach,
  rowRollup,
  sectors,
  type ActivityFilter,
  type Breakdown,
  type Disclosable,
  type DisclosureRules,
  type MetricFigures,
  type MonthRollup,
  type Period,
  type Reach,
  type Sector,
  type SeriesPointFigures,
  type Signatory,
  type SignatoryRowFigures,
} from '@equal-partners/shared';
import { type Store } from '../table/index.ts';
import {
  readMonthOfSignatories,
  readPartnershipRollups,
  readRowsOfPeriods,
  readStandings,
} from '../rollups/read-rollups.ts';
import { periodFigures, periodRowFigures, rollupOfMonths, seriesFigures } from './period-figures.ts';
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
  /** The period and the previous period, each with a row per signatory. */
  periods: readonly PeriodView[];
  /** The months of the series (and so of both periods' totals). */
  seriesMonths: readonly string[];
  filter: ActivityFilter;
  /** The signatories of a sector; the whole partnership when undefined. */
  included: ReadonlySet<string> | undefined;
}

interface ReportRollups {
  /** A signatory's rollup over one of the periods, as its row reads it. */
  rowRollup: (signatoryId: string, period: PeriodView) => MonthRollup;
  /** The totals by month. */
  totals: Map<string, MonthRollup>;
}

/**
 * The rollups a report is computed from: each signatory's over each period for the rows,
 * and the totals by month. Unfiltered, the whole partnership's rows come from the rows
 * items of the fewest quarters and months that make up the two periods, in one
 * batched read (decision 0108), and its totals from its own monthly rollups, so the reads
 * do not grow with signatories. Filtered by channel or audience (the rows hold no
 * segments), or for one sector (whose totals are the sum of its signatories' whole
 * rollups), every signatory's rollup of each month is read.
 */
async function rollupsOfReport(store: Store, request: ReportMonths): Promise<ReportRollups> {
  const filtered = isFiltered(request.filter);
  if (!request.included && !filtered) {
    const [rows, totals] = await Promise.all([
      readRowsOfPeriods(store, request.periods),
      readPartnershipRollups(store, request.seriesMonths, false),
    ]);
    const byPeriod = new Map(request.periods.map((period, i) => [period, rows[i]!]));
    return {
      rowRollup: (signatoryId, period) => rowRollup(byPeriod.get(period)!.get(signatoryId) ?? []),
      totals,
    };
  }
  const months = [...new Set([...request.periods.flatMap((p) => monthRange(p.from, p.to)), ...request.seriesMonths])];
  const [bySignatory, partnershipMonths] = await Promise.all([
    monthsOfSignatories(store, months.sort(), filtered),
    request.included ? Promise.resolve(undefined) : readPartnershipRollups(store, request.seriesMonths, filtered),
  ]);
  const included = request.included;
  const totals = partnershipMonths ?? new Map<string, MonthRollup>();
  if (included) {
    for (const month of request.seriesMonths) {
      const rollups = bySignatory.get(month) ?? new Map<string, MonthRollup>();
      totals.set(month, mergeMonthRollups([...rollups].filter(([id]) => included.has(id)).map(([, r]) => r)));
    }
  }
  return {
    rowRollup: (signatoryId, period) =>
      mergeMonthRollups(
        monthRange(period.from, period.to).map((m) => bySignatory.get(m)?.get(signatoryId) ?? emptyMonthRollup()),
      ),
    totals,
  };
}

export async function partnershipReport(
  store: Store,
  request: PartnershipReportRequest,
): Promise<PartnershipReport | undefined> {
  const periods = reportPeriods(request.period, request.now);
  const ofSector = (all: Signatory[]) => all.filter((s) => !request.sector || s.sector === request.sector);
  const read = Promise.all([listSignatories(store), readStandings(store)]);
  const rollupsOf = (included: ReadonlySet<string> | undefined) =>
    rollupsOfReport(store, {
      periods: [periods.period, periods.previous],
      seriesMonths: periods.series,
      filter: request.filter,
      included,
    });
  // Every read at once: the rows of both periods (one read) need not wait for the
  // signatories, except to sum one sector's.
  const [setup, [allSignatories, standings], { rowRollup: rowRollupOf, totals }] = await Promise.all([
    metricContextFor(store, Number(periods.period.asOf.slice(0, 4)), request.partnership),
    read,
    request.sector ? read.then(([all]) => rollupsOf(new Set(ofSector(all).map((s) => s.id)))) : rollupsOf(undefined),
  ]);
  if (!setup) return undefined;
  const { context, rules, partnership } = setup;
  const signatories = ofSector(allSignatories);

  const { loopDueDays } = context.settings;
  const overdue = async (day: string) => {
    const counts = await Promise.all(
      signatories.map((s) => overdueOn(store, s.id, standings.get(s.id), day, loopDueDays)),
    );
    return new Map(signatories.map((s, i) => [s.id, counts[i]!]));
  };
  const [overdueNow, overdueBefore] = await Promise.all([overdue(periods.period.asOf), overdue(periods.previous.asOf)]);
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  // Each signatory's latest scores at the end of each period, for its rows and the partnership's mean.
  const scoresOn = (day: string) =>
    new Map(signatories.map((s) => [s.id, latestScores(standings.get(s.id)?.assessments ?? [], day)]));
  const scores = new Map([periods.period, periods.previous].map((p) => [p, scoresOn(p.asOf)]));

  const today = dayOf(request.now);
  const breakdowns: Breakdown[] = [];
  const figuresOf = (period: PeriodView, overdueLoops: number) =>
    periodFigures(
      {
        rollup: rollupOfMonths(totals, period.from, period.to),
        filter: request.filter,
        overdueLoops,
        scores: meanScores([...scores.get(period)!.values()]),
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
    today,
    [
      { period: periods.period, figures: metrics },
      { period: periods.previous, figures: previous },
    ],
    breakdowns,
  );

  // The status is today's whatever the period: an award past its expiry reads lapsed.
  const standingToday = new Map(signatories.map((s) => [s.id, charterStanding(s, today)]));
  // Only the row's own figures are computed: the overview shows no signatory's breakdowns.
  const rowsOf = (period: PeriodView, overdueLoops: Map<string, number>) =>
    signatories.map((signatory) =>
      signatoryRow(
        signatory,
        standingToday.get(signatory.id)!,
        periodRowFigures({
          rollup: rowRollupOf(signatory.id, period),
          filter: request.filter,
          overdueLoops: overdueLoops.get(signatory.id) ?? 0,
          scores: scores.get(period)!.get(signatory.id)!,
          context,
        }),
      ),
    );
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

/**
 * Each sector's reach over a period, as a sector's overview totals it (`partnershipReport`
 * with `sector`: the sum of its signatories' whole rollups of the period's months), for
 * every sector from one read of each month's signatory rollups rather than a whole report
 * per sector, which reads every month of its series. A sector with no signatory reaches
 * no one. The evidence pack's activity by stage and sector is made from it.
 */
export async function sectorsReach(store: Store, period: Period): Promise<Map<Sector, Reach>> {
  const months = monthRange(period.from, period.to);
  const [signatories, bySignatory] = await Promise.all([
    listSignatories(store),
    monthsOfSignatories(store, months, false),
  ]);
  const sectorOf = new Map(signatories.map((s) => [s.id, s.sector]));
  const rollups = new Map(sectors.map((sector) => [sector, [] as MonthRollup[]]));
  for (const month of months)
    for (const [id, rollup] of bySignatory.get(month) ?? []) {
      const sector = sectorOf.get(id);
      if (sector) rollups.get(sector)!.push(rollup);
    }
  return new Map(sectors.map((sector) => [sector, reach(mergeMonthRollups(rollups.get(sector)!).activities)]));
}
