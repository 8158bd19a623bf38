/**
 * Every figure for the whole partnership (or one sector of it) over a period, with
 * the previous period, a monthly series, and one row per signatory for the overview
 * table. Reads one query per month of the period (every signatory's rollup of that
 * month), the partnership's monthly rollups, and every standing in one query.
 */
import {
  charterStanding,
  dayOf,
  emptyMonthRollup,
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
import { readMonthOfSignatories, readPartnershipRollups, readStandings } from '../rollups/read-rollups.ts';
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

/** Each month's signatory rollups, for the given months. */
async function monthsOfSignatories(store: Store, months: readonly string[], withSegments: boolean) {
  const read = await Promise.all(months.map((m) => readMonthOfSignatories(store, m, withSegments)));
  return new Map(months.map((m, i) => [m, read[i]!]));
}

export async function partnershipReport(
  store: Store,
  request: PartnershipReportRequest,
): Promise<PartnershipReport | undefined> {
  const periods = reportPeriods(request.period, request.now);
  const setup = await metricContextFor(store, Number(periods.period.asOf.slice(0, 4)), request.partnership);
  if (!setup) return undefined;
  const { context, rules, partnership } = setup;
  const filtered = request.filter.channel !== undefined || request.filter.audience !== undefined;
  const [allSignatories, standings] = await Promise.all([listSignatories(store), readStandings(store)]);
  const signatories = allSignatories.filter((s) => !request.sector || s.sector === request.sector);
  const included = new Set(signatories.map((s) => s.id));

  // A sector's months are the sum of its signatories' months; the whole partnership's are stored as such.
  const periodMonths = monthRange(periods.period.from, periods.period.to);
  const otherMonths = periods.series.filter((m) => !periodMonths.includes(m));
  const [bySignatory, otherBySignatory, partnershipMonths] = await Promise.all([
    monthsOfSignatories(store, periodMonths, filtered),
    request.sector ? monthsOfSignatories(store, otherMonths, filtered) : Promise.resolve(new Map()),
    request.sector
      ? Promise.resolve(new Map<string, MonthRollup>())
      : readPartnershipRollups(store, periods.series, filtered),
  ]);
  const totals = new Map<string, MonthRollup>(partnershipMonths);
  if (request.sector) {
    for (const [month, rollups] of [...bySignatory, ...otherBySignatory] as [string, Map<string, MonthRollup>][]) {
      totals.set(month, mergeMonthRollups([...rollups].filter(([id]) => included.has(id)).map(([, r]) => r)));
    }
  }

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
  const rows = signatories.map((signatory) => {
    const rollup = mergeMonthRollups(
      periodMonths.map((m) => bySignatory.get(m)?.get(signatory.id) ?? emptyMonthRollup()),
    );
    const figures = periodFigures(
      {
        rollup,
        filter: request.filter,
        overdueLoops: overdueNow.get(signatory.id) ?? 0,
        scores: latestScores(standings.get(signatory.id)?.assessments ?? [], periods.period.asOf),
        context,
      },
      // A row's own breakdowns (by channel and so on) are not published in the overview.
      notPublished,
    );
    // The status is today's whatever the period: an award past its expiry reads lapsed.
    return signatoryRowFigures(signatory, charterStanding(signatory, dayOf(request.now)), figures);
  });
  breakdowns.push(...rowBreakdowns(rows, metrics));

  return {
    partnership: { name: partnership.name, area: partnership.area },
    period: periods.period,
    previousPeriod: periods.previous,
    filter: { ...request.filter, ...(request.sector ? { sector: request.sector } : {}) },
    baseline: setup.baseline,
    figures: { figures: { metrics, previous, series, rows }, breakdowns },
    rules,
  };
}
