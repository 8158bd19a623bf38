/**
 * The figures of a metric report as a tree of tagged figures: the one shape both the
 * exact (signed-in) and the public (disclosure-controlled) responses are rendered
 * from, so a figure cannot reach the public without its disclosure rule. Counts of
 * people are `people`, counts of activities, loops and days `exact`, shares of people
 * `share`; each breakdown of participations declares the total it adds up to.
 */
import type { ActivityTotals, Tally } from '../metrics/activity-totals.ts';
import { representationFlag } from '../metrics/inclusion.ts';
import type { MetricContext, MetricSet } from '../metrics/metric-set.ts';
import { baselineAudiences, type BaselineAudience } from '../metrics/reach.ts';
import { adjustments, audiences, channels, levels, settings, stages } from '../records/vocabulary.ts';
import type { Adjustment, Audience, Channel, Level, Setting, Stage } from '../records/vocabulary.ts';
import {
  breakdown,
  combine,
  exact,
  label,
  people,
  rate,
  scaled,
  share,
  type Breakdown,
  type DependentLabel,
  type DerivedFigure,
  type ExactFigure,
  type PeopleCount,
} from './figures.ts';

export interface TallyFigures {
  activities: ExactFigure;
  participations: PeopleCount;
}

export interface GroupFigures {
  groupId: string;
  label: string;
  marginalised: boolean;
  participants: PeopleCount;
  participantShare: DerivedFigure;
  baselineShare: ExactFigure;
  representation: DerivedFigure;
  flag: DependentLabel<'under' | 'over'>;
}

export interface MetricFigures {
  reach: {
    activities: ExactFigure;
    participations: PeopleCount;
    firstTime: PeopleCount;
    firstTimeShare: DerivedFigure;
    byChannel: Record<Channel, TallyFigures>;
    bySetting: Record<Setting, TallyFigures>;
    byStage: Record<Stage, TallyFigures>;
    byAudience: Record<Audience, TallyFigures>;
    byLevel: Record<Level, TallyFigures>;
    channelCount: ExactFigure;
    outreachShare: ExactFigure;
    lifecycleCoverage: ExactFigure;
    /** Activities per stage and rung of the ladder. */
    byStageAndLevel: Record<Stage, Record<Level, ExactFigure>>;
    reachRate: Record<BaselineAudience, DerivedFigure>;
  };
  inclusion: {
    demographicsRecorded: PeopleCount;
    recordedShare: DerivedFigure;
    reliable: DependentLabel<boolean>;
    groups: GroupFigures[];
    inclusionScore: DerivedFigure;
    adjustmentRate: ExactFigure;
    /** Activities offering each adjustment. */
    byAdjustment: Record<Adjustment, ExactFigure>;
  };
  impact: {
    loopsRaised: ExactFigure;
    loopsClosed: ExactFigure;
    closureRate: ExactFigure;
    medianDaysToClose: ExactFigure;
    overdueLoops: ExactFigure;
    changeRate: ExactFigure;
    influenceRate: ExactFigure;
    coProductionShare: ExactFigure;
    experienceResponses: PeopleCount;
    feltListened: DerivedFigure;
    knowWhatHappensNext: DerivedFigure;
  };
  principles: {
    items: {
      principleId: string;
      title: string;
      evidence: ExactFigure;
      self: ExactFigure;
      reviewer: ExactFigure;
      rag: string;
      accountabilityGap: ExactFigure;
      gapFlagged: boolean;
    }[];
    principlesGreen: ExactFigure;
  };
}

function tallies<K extends string>(
  keys: readonly K[],
  values: Record<K, Tally>,
  total: PeopleCount,
  breakdowns: Breakdown[] | undefined,
): Record<K, TallyFigures> {
  const out = Object.fromEntries(
    keys.map((key) => [
      key,
      { activities: exact(values[key].activities), participations: people(values[key].participations) },
    ]),
  ) as Record<K, TallyFigures>;
  breakdowns?.push(
    breakdown(
      total,
      keys.map((key) => out[key].participations),
    ),
  );
  return out;
}

/** The inclusion score over the groups' representation figures, as `inclusionScore` defines it. */
function scoreOf(groups: readonly GroupFigures[], exactScore: number | null): DerivedFigure {
  const counted = groups.filter((g) => g.marginalised && g.representation.value !== null).map((g) => g.representation);
  return combine(
    counted,
    (values) => (values.length ? (100 * values.reduce((sum, v) => sum + Math.min(v, 1), 0)) / values.length : null),
    exactScore,
    0,
  );
}

/**
 * The figure tree of one metric set, adding its breakdowns to `breakdowns`.
 * `activities` are the totals the set was computed from (for the counts behind its shares).
 */
export function metricFigures(
  set: MetricSet,
  activities: ActivityTotals,
  context: Pick<MetricContext, 'settings' | 'baseline'>,
  breakdowns: Breakdown[],
): MetricFigures {
  const rules = context.settings;
  const population = context.baseline?.population;
  const r = set.reach;
  const participations = people(r.participations);
  const firstTime = people(r.firstTime);
  const byAudience = tallies(audiences, r.byAudience, participations, undefined);
  const demographicsRecorded = people(set.inclusion.demographicsRecorded);
  const recordedShare = share(demographicsRecorded, participations);
  const groups = set.inclusion.groups.map((g): GroupFigures => {
    const participants = people(g.participants);
    const participantShare = share(participants, demographicsRecorded);
    const factor = g.baselineShare !== null && g.baselineShare > 0 ? 1 / g.baselineShare : null;
    const representation = scaled(participantShare, factor);
    return {
      groupId: g.groupId,
      label: g.label,
      marginalised: g.marginalised,
      participants,
      participantShare,
      baselineShare: exact(g.baselineShare),
      representation,
      flag: label(representation, (value) => representationFlag(value, rules)),
    };
  });
  const experienceResponses = people(activities.experience.responses);
  const i = set.impact;
  return {
    reach: {
      activities: exact(r.activities),
      participations,
      firstTime,
      firstTimeShare: share(firstTime, participations),
      byChannel: tallies(channels, r.byChannel, participations, breakdowns),
      bySetting: tallies(settings, r.bySetting, participations, breakdowns),
      byStage: tallies(stages, r.byStage, participations, breakdowns),
      byAudience,
      byLevel: tallies(levels, r.byLevel, participations, breakdowns),
      channelCount: exact(r.channelCount),
      outreachShare: exact(r.outreachShare),
      lifecycleCoverage: exact(r.lifecycleCoverage),
      byStageAndLevel: Object.fromEntries(
        stages.map((stage) => [
          stage,
          Object.fromEntries(levels.map((level) => [level, exact(r.byStageAndLevel[stage][level])])),
        ]),
      ) as Record<Stage, Record<Level, ExactFigure>>,
      reachRate: Object.fromEntries(
        baselineAudiences.map((a) => [a, rate(byAudience[a].participations, population?.[a] ?? 0, 1000)]),
      ) as Record<BaselineAudience, DerivedFigure>,
    },
    inclusion: {
      demographicsRecorded,
      recordedShare,
      reliable: label(recordedShare, (value) => value >= rules.minRecordedShare),
      groups,
      inclusionScore: scoreOf(groups, set.inclusion.inclusionScore),
      adjustmentRate: exact(set.inclusion.adjustmentRate),
      byAdjustment: Object.fromEntries(adjustments.map((a) => [a, exact(set.inclusion.byAdjustment[a])])) as Record<
        Adjustment,
        ExactFigure
      >,
    },
    impact: {
      loopsRaised: exact(i.loopsRaised),
      loopsClosed: exact(i.loopsClosed),
      closureRate: exact(i.closureRate),
      medianDaysToClose: exact(i.medianDaysToClose),
      overdueLoops: exact(i.overdueLoops),
      changeRate: exact(i.changeRate),
      influenceRate: exact(i.influenceRate),
      coProductionShare: exact(i.coProductionShare),
      experienceResponses,
      feltListened: share(people(activities.experience.feltListened), experienceResponses),
      knowWhatHappensNext: share(people(activities.experience.knowWhatHappensNext), experienceResponses),
    },
    principles: {
      items: set.principles.items.map((p) => ({
        principleId: p.principleId,
        title: p.title,
        evidence: exact(p.evidence),
        self: exact(p.self),
        reviewer: exact(p.reviewer),
        rag: p.rag,
        accountabilityGap: exact(p.accountabilityGap),
        gapFlagged: p.gapFlagged,
      })),
      principlesGreen: exact(set.principles.principlesGreen),
    },
  };
}

/** One month of a time series. */
export interface SeriesPointFigures {
  month: string;
  /** The month is not over yet. */
  partial: boolean;
  activities: ExactFigure;
  participations: PeopleCount;
  loopsRaised: ExactFigure;
  loopsClosed: ExactFigure;
  closureRate: ExactFigure;
  coProductionShare: ExactFigure;
}

export function seriesPointFigures(
  month: string,
  partial: boolean,
  set: Pick<MetricSet, 'reach' | 'impact'>,
): SeriesPointFigures {
  return {
    month,
    partial,
    activities: exact(set.reach.activities),
    participations: people(set.reach.participations),
    loopsRaised: exact(set.impact.loopsRaised),
    loopsClosed: exact(set.impact.loopsClosed),
    closureRate: exact(set.impact.closureRate),
    coProductionShare: exact(set.impact.coProductionShare),
  };
}

/** One signatory's row in the partnership overview. */
export interface SignatoryRowFigures {
  signatoryId: string;
  name: string;
  sector: string;
  /** The status as of the report's day: an award past its expiry reads `lapsed`. */
  charterStatus: string;
  /** An award's day and expiry, when the status is (or lapsed from) an award with a date. */
  awardedOn?: string;
  expiresOn?: string;
  activities: ExactFigure;
  participations: PeopleCount;
  firstTime: PeopleCount;
  firstTimeShare: DerivedFigure;
  channelCount: ExactFigure;
  outreachShare: ExactFigure;
  lifecycleCoverage: ExactFigure;
  demographicsRecorded: PeopleCount;
  recordedShare: DerivedFigure;
  inclusionScore: DerivedFigure;
  adjustmentRate: ExactFigure;
  loopsRaised: ExactFigure;
  loopsClosed: ExactFigure;
  closureRate: ExactFigure;
  medianDaysToClose: ExactFigure;
  overdueLoops: ExactFigure;
  changeRate: ExactFigure;
  influenceRate: ExactFigure;
  coProductionShare: ExactFigure;
  experienceResponses: PeopleCount;
  feltListened: DerivedFigure;
  knowWhatHappensNext: DerivedFigure;
  principlesGreen: ExactFigure;
}

/** The overview columns rows can be sorted by. */
export const rowSortKeys = [
  'name',
  'activities',
  'participations',
  'firstTimeShare',
  'channelCount',
  'outreachShare',
  'lifecycleCoverage',
  'recordedShare',
  'inclusionScore',
  'adjustmentRate',
  'loopsRaised',
  'loopsClosed',
  'closureRate',
  'medianDaysToClose',
  'overdueLoops',
  'changeRate',
  'influenceRate',
  'coProductionShare',
  'feltListened',
  'knowWhatHappensNext',
  'principlesGreen',
] as const;
export type RowSortKey = (typeof rowSortKeys)[number];

export function signatoryRowFigures(
  signatory: { id: string; name: string; sector: string },
  standing: { status: string; awardedOn?: string | undefined; expiresOn?: string | undefined },
  figures: MetricFigures,
): SignatoryRowFigures {
  return {
    signatoryId: signatory.id,
    name: signatory.name,
    sector: signatory.sector,
    charterStatus: standing.status,
    ...(standing.awardedOn ? { awardedOn: standing.awardedOn } : {}),
    ...(standing.expiresOn ? { expiresOn: standing.expiresOn } : {}),
    activities: figures.reach.activities,
    participations: figures.reach.participations,
    firstTime: figures.reach.firstTime,
    firstTimeShare: figures.reach.firstTimeShare,
    channelCount: figures.reach.channelCount,
    outreachShare: figures.reach.outreachShare,
    lifecycleCoverage: figures.reach.lifecycleCoverage,
    demographicsRecorded: figures.inclusion.demographicsRecorded,
    recordedShare: figures.inclusion.recordedShare,
    inclusionScore: figures.inclusion.inclusionScore,
    adjustmentRate: figures.inclusion.adjustmentRate,
    loopsRaised: figures.impact.loopsRaised,
    loopsClosed: figures.impact.loopsClosed,
    closureRate: figures.impact.closureRate,
    medianDaysToClose: figures.impact.medianDaysToClose,
    overdueLoops: figures.impact.overdueLoops,
    changeRate: figures.impact.changeRate,
    influenceRate: figures.impact.influenceRate,
    coProductionShare: figures.impact.coProductionShare,
    experienceResponses: figures.impact.experienceResponses,
    feltListened: figures.impact.feltListened,
    knowWhatHappensNext: figures.impact.knowWhatHappensNext,
    principlesGreen: figures.principles.principlesGreen,
  };
}

/** The people counts of the rows that add up to the partnership's own, declared as breakdowns. */
export function rowBreakdowns(rows: readonly SignatoryRowFigures[], totals: MetricFigures): Breakdown[] {
  return [
    breakdown(
      totals.reach.participations,
      rows.map((r) => r.participations),
    ),
    breakdown(
      totals.reach.firstTime,
      rows.map((r) => r.firstTime),
    ),
    breakdown(
      totals.inclusion.demographicsRecorded,
      rows.map((r) => r.demographicsRecorded),
    ),
    breakdown(
      totals.impact.experienceResponses,
      rows.map((r) => r.experienceResponses),
    ),
  ];
}

/** Sorts rendered rows by a column: numbers in order, then anything not a number (suppressed, undefined), then by name. */
export function sortRows<R extends { name: string }>(rows: readonly R[], key: RowSortKey, order: 'asc' | 'desc'): R[] {
  const direction = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key !== 'name') {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      const xn = typeof x === 'number';
      const yn = typeof y === 'number';
      if (xn && yn && x !== y) return (x - y) * direction;
      if (xn !== yn) return xn ? -1 : 1;
    }
    return a.name.localeCompare(b.name, 'en-GB') * (key === 'name' ? direction : 1);
  });
}
