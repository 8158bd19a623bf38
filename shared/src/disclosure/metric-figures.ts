/**
 * The figures of a metric report as a tree of tagged figures: the one shape both the
 * exact (signed-in) and the public (disclosure-controlled) responses are rendered
 * from, so a figure cannot reach the public without its disclosure rule. Counts of
 * people are `people`, counts of activities, loops and days `exact`, shares of people
 * `share`; each breakdown of participations declares the total it adds up to.
 */
import type { ActivityTotals, Tally } from '../metrics/activity-totals.ts';
import { representationFlag, type GroupInclusion } from '../metrics/inclusion.ts';
import type { MetricContext, MetricSet } from '../metrics/metric-set.ts';
import type { Rag } from '../metrics/principles.ts';
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
      rag: Rag;
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

/** A group's figures: its people, their share of those who gave demographics, and its representation. */
export function groupFigures(
  g: GroupInclusion,
  demographicsRecorded: PeopleCount,
  rules: MetricContext['settings'],
): GroupFigures {
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
}

/**
 * The inclusion score over the groups' representation figures, as `inclusionScore` defines it;
 * `exactScore` is the score of the groups' exact values (`Inclusion.inclusionScore`).
 */
export function inclusionScoreFigure(groups: readonly GroupFigures[], exactScore: number | null): DerivedFigure {
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
  const groups = set.inclusion.groups.map((g) => groupFigures(g, demographicsRecorded, rules));
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
      inclusionScore: inclusionScoreFigure(groups, set.inclusion.inclusionScore),
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
