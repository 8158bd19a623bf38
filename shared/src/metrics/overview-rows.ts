/**
 * A signatory's row in the partnership overview: who it is and its charter standing,
 * then the figure of every metric of the catalogue (metric-catalogue.ts), in its order,
 * picked from the signatory's figure tree, or computed on their own from its totals
 * (`rowMetricFigures`) where only the row is wanted.
 */
import { breakdown, exact, people, share, type Breakdown, type PeopleCount } from '../disclosure/figures.ts';
import { groupFigures, inclusionScoreFigure, type MetricFigures } from '../disclosure/metric-figures.ts';
import type { CharterStatus, Sector } from '../records/vocabulary.ts';
import { impact } from './impact.ts';
import { groupInclusion, inclusionScore } from './inclusion.ts';
import { metricCatalogue, type Metric, type MetricSection } from './metric-catalogue.ts';
import type { MetricContext, MetricInput } from './metric-set.ts';
import { principleEvidence, principles } from './principles.ts';
import { channelCount, lifecycleCoverage, outreachShare } from './reach.ts';
import { ratio } from './ratio.ts';

type FigureAt<S, K> = S extends MetricSection
  ? K extends keyof MetricFigures[S]
    ? MetricFigures[S][K]
    : never
  : never;

/** The figures of a row, one per metric of the catalogue. */
export type RowMetricFigures = { [M in Metric as M['id']]: FigureAt<M['section'], M['id']> };

/** One signatory's row in the partnership overview. */
export interface SignatoryRowFigures extends RowMetricFigures {
  signatoryId: string;
  name: string;
  sector: Sector;
  /** The status as of the report's day: an award past its expiry reads `lapsed`. */
  charterStatus: CharterStatus;
  /** An award's day and expiry, when the status is (or lapsed from) an award with a date. */
  awardedOn?: string;
  expiresOn?: string;
}

/** A metric's figure in a figure tree (exact or published, which have the same shape). */
function figureOf(figures: MetricFigures, metric: Metric): unknown {
  return (figures[metric.section] as unknown as Record<string, unknown>)[metric.id];
}

/** The figures of a row, picked from a figure tree. */
export function rowFiguresOf(figures: MetricFigures): RowMetricFigures {
  return Object.fromEntries(
    metricCatalogue.map((metric) => [metric.id, figureOf(figures, metric)]),
  ) as RowMetricFigures;
}

/**
 * The figures of a row computed straight from the totals, without the rest of the figure
 * tree (no breakdowns by channel, setting, stage, audience or adjustment, no groups but the
 * marginalised ones the inclusion score is over, no principles but the share green): the
 * same values, each share and score computed from the same counts of people, as
 * `rowFiguresOf(metricFigures(metricSet(input, context), input.activities, context, []))`,
 * so disclosure control treats them alike.
 */
export function rowMetricFigures(input: MetricInput, context: MetricContext): RowMetricFigures {
  const a = input.activities;
  const participations = people(a.participations);
  const firstTime = people(a.firstTime);
  const demographicsRecorded = people(a.demographicsRecorded);
  const experienceResponses = people(a.experience.responses);
  const marginalised = groupInclusion(
    a,
    context.groups.filter((g) => g.marginalised),
    context.baseline?.groupShares,
    context.settings,
  );
  const i = impact(input.loops, a, input.overdueLoops);
  const charter = principles(context.principles, principleEvidence(a, input.loops), input.scores);
  return {
    activities: exact(a.activities),
    participations,
    firstTime,
    firstTimeShare: share(firstTime, participations),
    channelCount: exact(channelCount(a)),
    outreachShare: exact(outreachShare(a)),
    lifecycleCoverage: exact(lifecycleCoverage(a)),
    demographicsRecorded,
    recordedShare: share(demographicsRecorded, participations),
    inclusionScore: inclusionScoreFigure(
      marginalised.map((g) => groupFigures(g, demographicsRecorded, context.settings)),
      inclusionScore(marginalised),
    ),
    adjustmentRate: exact(ratio(a.withAdjustments, a.activities)),
    loopsRaised: exact(i.loopsRaised),
    loopsClosed: exact(i.loopsClosed),
    closureRate: exact(i.closureRate),
    medianDaysToClose: exact(i.medianDaysToClose),
    overdueLoops: exact(i.overdueLoops),
    changeRate: exact(i.changeRate),
    influenceRate: exact(i.influenceRate),
    coProductionShare: exact(i.coProductionShare),
    experienceResponses,
    feltListened: share(people(a.experience.feltListened), experienceResponses),
    knowWhatHappensNext: share(people(a.experience.knowWhatHappensNext), experienceResponses),
    principlesGreen: exact(charter.principlesGreen),
  };
}

/** A signatory's row: who it is, its charter standing, and its figures. */
export function signatoryRow(
  signatory: { id: string; name: string; sector: Sector },
  standing: { status: CharterStatus; awardedOn?: string | undefined; expiresOn?: string | undefined },
  figures: RowMetricFigures,
): SignatoryRowFigures {
  return {
    signatoryId: signatory.id,
    name: signatory.name,
    sector: signatory.sector,
    charterStatus: standing.status,
    ...(standing.awardedOn ? { awardedOn: standing.awardedOn } : {}),
    ...(standing.expiresOn ? { expiresOn: standing.expiresOn } : {}),
    ...figures,
  };
}

/** A signatory's row, its figures picked from its figure tree. */
export function signatoryRowFigures(
  signatory: { id: string; name: string; sector: Sector },
  standing: { status: CharterStatus; awardedOn?: string | undefined; expiresOn?: string | undefined },
  figures: MetricFigures,
): SignatoryRowFigures {
  return signatoryRow(signatory, standing, rowFiguresOf(figures));
}

/** The people counts of the rows that add up to the partnership's own, declared as breakdowns. */
export function rowBreakdowns(rows: readonly SignatoryRowFigures[], totals: MetricFigures): Breakdown[] {
  return metricCatalogue
    .filter((metric) => metric.unit === 'people')
    .map((metric) =>
      breakdown(
        figureOf(totals, metric) as PeopleCount,
        rows.map((row) => row[metric.id] as PeopleCount),
      ),
    );
}
