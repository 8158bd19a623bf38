/**
 * Every figure for one signatory over a period, with the previous period, a monthly
 * series and award eligibility, read from its monthly rollups and its standing only.
 */
import {
  charterStanding,
  dayOf,
  eligibility,
  latestScores,
  overdueChallengesAt,
  overdueFromStanding,
  overdueLoopsAt,
  monthOf,
  principleEvidence,
  ratio,
  reviewerAssessmentsWithin,
  reviewerScoresWithin,
  trailingMonths,
  type ActivityFilter,
  type Breakdown,
  type CharterStanding,
  type Disclosable,
  type DisclosureRules,
  type Eligibility,
  type MetricContext,
  type MetricFigures,
  type MonthRollup,
  type Period,
  type SeriesPointFigures,
  type Signatory,
  type Standing,
} from '@equal-partners/shared';
import { getRecord, type Store } from '../table/index.ts';
import { readSignatoryRollups, readStanding } from '../rollups/read-rollups.ts';
import { baselineFor } from './metric-reads.ts';
import { listBaselines } from '../partnership/partnership-entity.ts';
import { listChallengesOfSignatory } from '../challenges/challenge-entity.ts';
import { listLoopsOfSignatory } from '../loops/loop-entity.ts';
import { periodFigures, rollupOfMonths, seriesFigures } from './period-figures.ts';
import { reportPeriods, type PeriodView } from './report-periods.ts';
import { getPartnership, type PartnershipView } from '../partnership/partnership-entity.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';

export interface ReportRequest {
  period: Period;
  filter: ActivityFilter;
  now: Date;
  /** The partnership, when the caller has read it already, so it is not read again. */
  partnership?: PartnershipView | undefined;
}

export interface ReportFigures {
  metrics: MetricFigures;
  previous: MetricFigures;
  series: SeriesPointFigures[];
}

export interface SignatoryReport {
  signatory: Pick<Signatory, 'id' | 'name' | 'sector' | 'charterStatus'>;
  period: PeriodView;
  previousPeriod: PeriodView;
  filter: ActivityFilter;
  baseline: { year: number; source: string } | null;
  /** The status as of today (an award past its expiry reads `lapsed`), the award's dates, and eligibility. */
  charterStatus: CharterStanding & { eligibility: Eligibility & { from: string; to: string } };
  figures: Disclosable<ReportFigures>;
  rules: DisclosureRules;
}

/**
 * The context figures are measured against: the charter, groups, settings and the period's
 * baseline. The partnership is read unless the caller has it already (`known`).
 */
export async function metricContextFor(store: Store, year: number, known?: PartnershipView) {
  const [partnership, baselines] = await Promise.all([known ?? getPartnership(store), listBaselines(store)]);
  if (!partnership) return undefined;
  const baseline = baselineFor(baselines, year);
  const context: MetricContext = {
    principles: partnership.charter.principles,
    groups: partnership.groups,
    settings: partnership.settings,
    baseline,
  };
  const rules: DisclosureRules = {
    threshold: partnership.settings.disclosureThreshold,
    rounding: partnership.settings.publicRounding,
  };
  return { partnership, context, rules, baseline: baseline ? { year: baseline.year, source: baseline.source } : null };
}

/**
 * Counts a signatory's loops overdue on any day: from the standing when it can answer,
 * else from the loops themselves, read at most once however many days are asked.
 */
export function overdueCounter(
  store: Store,
  signatoryId: string,
  standing: Standing | undefined,
  loopDueDays: number,
): (day: string) => Promise<number> {
  let loops: ReturnType<typeof listLoopsOfSignatory> | undefined;
  return async (day) => {
    const fromStanding = standing ? overdueFromStanding(standing, day, loopDueDays) : 0;
    if (fromStanding !== undefined) return fromStanding;
    loops ??= listLoopsOfSignatory(store, signatoryId);
    return overdueLoopsAt(await loops, day, loopDueDays);
  };
}

/** Loops overdue on `day`, from the standing when it can answer, else from the loops themselves. */
export function overdueOn(
  store: Store,
  signatoryId: string,
  standing: Standing | undefined,
  day: string,
  loopDueDays: number,
): Promise<number> {
  return overdueCounter(store, signatoryId, standing, loopDueDays)(day);
}

/** The months up to `day`'s month that award eligibility looks at: the partnership's `awardWindowMonths`. */
export function awardWindow(day: string, settings: Pick<MetricContext['settings'], 'awardWindowMonths'>): Period {
  return trailingMonths(monthOf(day), settings.awardWindowMonths);
}

/**
 * Whether a signatory may be awarded charter status over `window` (the board decides on
 * it beside these criteria, on the award form): evidence for every principle, loops
 * closed, no challenge overdue today, the reviewers' scores and, unless the board
 * switched it off, a reviewer assessment, with the thresholds of the partnership's
 * settings (docs/decisions/0110).
 */
export function awardEligibility(
  context: MetricContext,
  rollup: MonthRollup,
  window: Period,
  assessments: Standing['assessments'],
  overdueChallenges: number,
): Eligibility & { from: string; to: string } {
  const award = eligibility({
    principleIds: context.principles.map((p) => p.id),
    evidence: principleEvidence(rollup.activities, rollup.loops),
    closureRate: ratio(rollup.loops.closed, rollup.loops.raised),
    overdueChallenges,
    reviewerScores: reviewerScoresWithin(assessments, window.start, window.end),
    reviewerAssessments: reviewerAssessmentsWithin(assessments, window.start, window.end),
    criteria: context.settings,
  });
  return { ...award, from: window.start, to: window.end };
}

/** The report for one signatory, or undefined when there is no such signatory (or no partnership yet). */
export async function signatoryReport(
  store: Store,
  signatoryId: string,
  request: ReportRequest,
): Promise<SignatoryReport | undefined> {
  const periods = reportPeriods(request.period, request.now);
  const [signatory, setup] = await Promise.all([
    getRecord(store, signatoryKind, signatoryId),
    metricContextFor(store, Number(periods.period.asOf.slice(0, 4)), request.partnership),
  ]);
  if (!signatory || !setup) return undefined;
  const { context, rules } = setup;
  const filtered = request.filter.channel !== undefined || request.filter.audience !== undefined;
  const [rollups, standing, challenges] = await Promise.all([
    readSignatoryRollups(store, signatoryId, periods.months, filtered),
    readStanding(store, signatoryId),
    listChallengesOfSignatory(store, signatoryId),
  ]);
  const { loopDueDays, challengeDueDays } = context.settings;
  const assessments = standing?.assessments ?? [];
  const [overdue, overduePrevious] = await Promise.all([
    overdueOn(store, signatoryId, standing, periods.period.asOf, loopDueDays),
    overdueOn(store, signatoryId, standing, periods.previous.asOf, loopDueDays),
  ]);

  const breakdowns: Breakdown[] = [];
  const figuresOf = (period: PeriodView, overdueLoops: number) =>
    periodFigures(
      {
        rollup: rollupOfMonths(rollups, period.from, period.to),
        filter: request.filter,
        overdueLoops,
        scores: latestScores(assessments, period.asOf),
        context,
      },
      breakdowns,
    );
  const metrics = figuresOf(periods.period, overdue);
  const previous = figuresOf(periods.previous, overduePrevious);
  const series = seriesFigures(
    rollups,
    periods.series,
    request.filter,
    dayOf(request.now),
    [
      { period: periods.period, figures: metrics },
      { period: periods.previous, figures: previous },
    ],
    breakdowns,
  );

  const window = awardWindow(periods.period.asOf, context.settings);
  const award = awardEligibility(
    context,
    rollupOfMonths(rollups, window.from, window.to),
    window,
    assessments,
    overdueChallengesAt(challenges, periods.period.asOf, challengeDueDays),
  );

  const status = charterStanding(signatory, dayOf(request.now));
  return {
    signatory: {
      id: signatory.id,
      name: signatory.name,
      sector: signatory.sector,
      charterStatus: status.status,
    },
    period: periods.period,
    previousPeriod: periods.previous,
    filter: request.filter,
    baseline: setup.baseline,
    charterStatus: {
      ...status,
      eligibility: award,
    },
    figures: { figures: { metrics, previous, series }, breakdowns },
    rules,
  };
}
