/**
 * The public figures, on the publication grid of docs/disclosure.md: financial years
 * and their quarters only, each signatory's year published from exact data and its
 * quarters only where they cannot be differenced, the partnership's year audited
 * against its signatories' published figures and its quarters summed from theirs.
 * Signed-in readers of exact figures keep every period and filter (signatory-report.ts,
 * partnership-report.ts).
 */
import {
  brokenRule,
  charterStanding,
  feedbackFloor,
  publishFeedback,
  sumPublishedFeedback,
  type ActivityFeedbackCounts,
  type DisclosureRules,
  type PartnershipSettings,
  type PublishedFeedback,
  countsByPath,
  dayOf,
  emptyMonthRollup,
  financialYearOf,
  latestScores,
  meanScores,
  mergeMonthRollups,
  monthRange,
  parsePeriod,
  publicCounts,
  publicPeriodKinds,
  publishYear,
  renderFromPaths,
  signatoryRowFigures,
  sumOfPublished,
  totalsToHide,
  type Breakdown,
  type Disclosable,
  type MetricContext,
  type MetricFigures,
  type MonthRollup,
  type Period,
  type PeriodResult,
  type Public,
  type Sector,
  type SeriesPointFigures,
  type SignatoryRowFigures,
  type Standing,
} from '@equal-partners/shared';
import { getRecord, type Store } from '../table/index.ts';
import {
  readMonthOfSignatories,
  readPartnershipRollups,
  readSignatoryRollups,
  readStanding,
  readStandings,
} from '../rollups/read-rollups.ts';
import { periodFigures, rollupOfMonths } from './period-figures.ts';
import { metricContextFor, overdueCounter } from './signatory-report.ts';
import { view, type PeriodView } from './report-periods.ts';
import { listSignatories, signatoryKind } from '../signatories/signatory-entity.ts';
import type { PartnershipView } from '../partnership/partnership-entity.ts';
import { feedbackReport, readActivityFeedback } from '../feedback/feedback-figures.ts';

/** The public period a request asks for: a financial year or a quarter; by default this financial year. */
export function publicPeriod(asked: string | undefined, today: string): PeriodResult {
  const result = parsePeriod(asked ?? `FY${financialYearOf(today.slice(0, 7))}`);
  if (!result.ok) return result;
  if (!publicPeriodKinds.includes(result.period.kind)) {
    return { ok: false, ...brokenRule('periodNotPublic') };
  }
  return result;
}

/** A financial year and its four quarters, as of today. */
interface YearGrid {
  year: PeriodView;
  quarters: PeriodView[];
}

function yearGrid(fy: number, today: string): YearGrid {
  const at = (key: string) => {
    const parsed = parsePeriod(key);
    if (!parsed.ok) throw new Error(`not a period: ${key}`);
    return view(parsed.period, today);
  };
  return { year: at(`FY${fy}`), quarters: [1, 2, 3, 4].map((q) => at(`FY${fy}-Q${q}`)) };
}

/** Which cell of the grid a public period is: the year, or one of its quarters (0..3). */
function cellOf(period: Period): { fy: number; quarter: number | undefined } {
  const fy = financialYearOf(period.from);
  if (period.kind === 'financial-year') return { fy, quarter: undefined };
  const fromApril = (Number(period.from.slice(0, 4)) - fy) * 12 + Number(period.from.slice(5, 7)) - 4;
  return { fy, quarter: Math.floor(fromApril / 3) };
}

interface FigureSource {
  rollup: (period: PeriodView) => MonthRollup;
  overdue: (day: string) => Promise<number>;
  scores: (day: string) => ReturnType<typeof latestScores>;
  context: MetricContext;
}

async function figuresOf(source: FigureSource, period: PeriodView): Promise<Disclosable<MetricFigures>> {
  const breakdowns: Breakdown[] = [];
  const figures = periodFigures(
    {
      rollup: source.rollup(period),
      filter: {},
      overdueLoops: await source.overdue(period.asOf),
      scores: source.scores(period.asOf),
      context: source.context,
    },
    breakdowns,
  );
  return { figures, breakdowns };
}

async function yearFigures(source: FigureSource, grid: YearGrid) {
  const [year, ...quarters] = await Promise.all([grid.year, ...grid.quarters].map((p) => figuresOf(source, p)));
  return { year: year!, quarters };
}

/** One quarter point of a published series: the figures of a month's point, published, over a quarter. */
export interface PublicSeriesPoint extends Public<Omit<SeriesPointFigures, 'month' | 'partial'>> {
  /** The quarter's first month (a quarter's point is drawn at it). */
  month: string;
  period: string;
  from: string;
  to: string;
  partial: boolean;
}

function seriesPoint(period: PeriodView, figures: Public<MetricFigures>): PublicSeriesPoint {
  return {
    month: period.from,
    period: period.key,
    from: period.from,
    to: period.to,
    partial: period.partial,
    activities: figures.reach.activities,
    participations: figures.reach.participations,
    loopsRaised: figures.impact.loopsRaised,
    loopsClosed: figures.impact.loopsClosed,
    closureRate: figures.impact.closureRate,
    coProductionShare: figures.impact.coProductionShare,
  };
}

/** The quarters of the two years up to the end of the period (and today), as series points. */
function seriesOf(
  grids: readonly YearGrid[],
  published: readonly { quarters: Public<MetricFigures>[] }[],
  period: Period,
  today: string,
) {
  return grids.flatMap((grid, g) =>
    grid.quarters.flatMap((q, i) =>
      q.start <= today && q.start <= period.end ? [seriesPoint(q, published[g]!.quarters[i]!)] : [],
    ),
  );
}

/** The period and the grid cell before it, with their published figures, from two years' publications. */
function periodAndPrevious<T>(
  period: Period,
  grids: readonly YearGrid[],
  published: readonly { year: T; quarters: T[] }[],
  today: string,
) {
  const { quarter } = cellOf(period);
  const current = { period: view(period, today) };
  if (quarter === undefined) {
    return { ...current, previousPeriod: grids[0]!.year, metrics: published[1]!.year, previous: published[0]!.year };
  }
  const [g, q] = quarter > 0 ? [1, quarter - 1] : [0, 3];
  return {
    ...current,
    previousPeriod: grids[g]!.quarters[q]!,
    metrics: published[1]!.quarters[quarter]!,
    previous: published[g]!.quarters[q]!,
  };
}

/**
 * A signatory's public figures for a public period, or undefined when there is no such
 * signatory. The partnership is read unless the caller has it already (`known`).
 */
export async function publicSignatoryReport(
  store: Store,
  signatoryId: string,
  period: Period,
  now: Date,
  known?: PartnershipView,
) {
  const today = dayOf(now);
  const { fy } = cellOf(period);
  const grids = [yearGrid(fy - 1, today), yearGrid(fy, today)];
  const [signatory, setup] = await Promise.all([
    getRecord(store, signatoryKind, signatoryId),
    metricContextFor(store, Number(view(period, today).asOf.slice(0, 4)), known),
  ]);
  if (!signatory || !setup) return undefined;
  const months = monthRange(grids[0]!.year.from, grids[1]!.year.to);
  const [rollups, standing, feedback] = await Promise.all([
    readSignatoryRollups(store, signatoryId, months, false),
    readStanding(store, signatoryId),
    readActivityFeedback(store, feedbackFloor(setup.context.settings), signatoryId),
  ]);
  const overdue = overdueCounter(store, signatoryId, standing, setup.context.settings.loopDueDays);
  const source = signatorySource(rollups, standing, overdue, setup.context);
  const published = await Promise.all(
    grids.map(async (grid) => {
      const figures = await yearFigures(source, grid);
      return publishYear(figures.year, figures.quarters, setup.rules);
    }),
  );
  return {
    signatory: { id: signatory.id, name: signatory.name, sector: signatory.sector },
    standing: charterStanding(signatory, today),
    ...periodAndPrevious(period, grids, published, today),
    baseline: setup.baseline,
    series: seriesOf(grids, published, period, today),
    participantFeedback: publishedFeedbackOf(
      feedback,
      grids[1]!.year,
      signatoryId,
      setup.context.settings,
      published[1]!.year,
      setup.rules,
      now,
    ),
    rules: setup.rules,
  };
}

/** What the organisation recorded itself in a published year: its exit survey, as published. */
function recordedOf(year: Public<MetricFigures>): PublishedFeedback['recorded'] {
  const { experienceResponses, feltListened, knowWhatHappensNext } = year.impact;
  return { responses: experienceResponses, feltListened, knowWhatHappensNext };
}

/**
 * One signatory's families' feedback for the financial year, as published (decision
 * 0111): whole activities with at least the floor of final answers, then disclosure control.
 */
function publishedFeedbackOf(
  activities: readonly ActivityFeedbackCounts[],
  year: PeriodView,
  signatoryId: string,
  settings: PartnershipSettings,
  yearFigures: Public<MetricFigures>,
  rules: DisclosureRules,
  now: Date,
): PublishedFeedback {
  const scope = { from: year.start, to: year.end, signatoryIds: new Set([signatoryId]) };
  const noRecord = { responses: 0, feltListened: null, knowWhatHappensNext: null };
  const exact = feedbackReport(activities, scope, settings, noRecord, [], now).figures;
  return publishFeedback(year.key, exact, recordedOf(yearFigures), rules);
}

function signatorySource(
  rollups: ReadonlyMap<string, MonthRollup>,
  standing: Standing | undefined,
  overdue: (day: string) => Promise<number>,
  context: MetricContext,
): FigureSource {
  return {
    rollup: (p) => rollupOfMonths(rollups, p.from, p.to),
    overdue,
    scores: (day) => latestScores(standing?.assessments ?? [], day),
    context,
  };
}

/**
 * The partnership's public figures for a public period, with a row per signatory (of
 * one sector, if asked): the totals are always the whole partnership's, as sector totals
 * against a few signatories would difference to their small counts. The partnership is
 * read unless the caller has it already (`known`).
 */
export async function publicPartnershipReport(
  store: Store,
  period: Period,
  now: Date,
  sector?: Sector,
  known?: PartnershipView,
) {
  const today = dayOf(now);
  const { fy } = cellOf(period);
  const grids = [yearGrid(fy - 1, today), yearGrid(fy, today)];
  const setup = await metricContextFor(store, Number(view(period, today).asOf.slice(0, 4)), known);
  if (!setup) return undefined;
  const { context, rules } = setup;
  const months = monthRange(grids[0]!.year.from, grids[1]!.year.to);
  const [signatories, standings, ofSignatories, ofPartnership, feedback] = await Promise.all([
    listSignatories(store),
    readStandings(store),
    Promise.all(months.map((m) => readMonthOfSignatories(store, m, false))),
    readPartnershipRollups(store, months, false),
    readActivityFeedback(store, feedbackFloor(context.settings)),
  ]);
  const monthly = (id: string) =>
    new Map(months.map((m, i) => [m, ofSignatories[i]!.get(id) ?? emptyMonthRollup()] as const));

  const overdue = new Map(
    signatories.map((s) => [s.id, overdueCounter(store, s.id, standings.get(s.id), context.settings.loopDueDays)]),
  );
  const perSignatory = await Promise.all(
    signatories.map(async (s) => {
      const source = signatorySource(monthly(s.id), standings.get(s.id), overdue.get(s.id)!, context);
      return Promise.all(
        grids.map(async (grid) => {
          const figures = await yearFigures(source, grid);
          return publishYear(figures.year, figures.quarters, rules);
        }),
      );
    }),
  );
  const overdueAt = async (day: string) => {
    const counts = await Promise.all(signatories.map((s) => overdue.get(s.id)!(day)));
    return counts.reduce((a, b) => a + b, 0);
  };
  const partnershipSource: FigureSource = {
    rollup: (p) => mergeMonthRollups(monthRange(p.from, p.to).map((m) => ofPartnership.get(m) ?? emptyMonthRollup())),
    overdue: overdueAt,
    scores: (day) => meanScores(signatories.map((s) => latestScores(standings.get(s.id)?.assessments ?? [], day))),
    context,
  };
  const published = await Promise.all(
    grids.map(async (grid, g) => {
      const figures = await yearFigures(partnershipSource, grid);
      const parts = perSignatory.map((years) => years[g]!);
      const hidden = totalsToHide(figures.year, parts, rules);
      const counts = publicCounts(figures.year, rules, hidden);
      const yearValues = new Map([...countsByPath(figures.year.figures)].map(([path, c]) => [path, counts.get(c)!]));
      const paths = [...yearValues.keys()];
      return {
        year: renderFromPaths(figures.year, rules, yearValues),
        quarters: figures.quarters.map((q, i) =>
          renderFromPaths(
            q,
            rules,
            sumOfPublished(
              paths,
              perSignatory.map((years) => years[g]!.quarterValues[i]!),
            ),
          ),
        ),
      };
    }),
  );
  const year = grids[1]!.year;
  const feedbackOf = signatories.map((s, i) =>
    publishedFeedbackOf(feedback, year, s.id, context.settings, perSignatory[i]![1]!.year, rules, now),
  );
  const participantFeedback = {
    // The totals are the partnership's whatever the sector, as the other totals are.
    figures: sumPublishedFeedback(
      year.key,
      feedbackFloor(context.settings),
      feedbackOf,
      recordedOf(published[1]!.year),
      rules,
    ),
    rows: signatories.flatMap((s, i) =>
      sector && s.sector !== sector ? [] : [{ signatoryId: s.id, ...feedbackOf[i]! }],
    ),
  };
  const { quarter } = cellOf(period);
  const rows = signatories.flatMap((s, i) => {
    if (sector && s.sector !== sector) return [];
    const current = perSignatory[i]![1]!;
    const figures = quarter === undefined ? current.year : current.quarters[quarter]!;
    // A row picks its figures from the signatory's published tree, which has the shape of MetricFigures.
    const row = signatoryRowFigures(s, charterStanding(s, today), figures as unknown as MetricFigures);
    return [row as unknown as Public<SignatoryRowFigures>];
  });
  return {
    partnership: { name: setup.partnership.name, area: setup.partnership.area },
    ...periodAndPrevious(period, grids, published, today),
    baseline: setup.baseline,
    series: seriesOf(grids, published, period, today),
    rows,
    participantFeedback,
    rules,
  };
}
