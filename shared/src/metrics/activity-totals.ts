/**
 * The additive summary of a set of engagement activities: every reach, inclusion
 * and activity-based impact figure is a function of it. Totals add up (the totals
 * of two disjoint sets of activities are the sum of their totals), which is what
 * lets monthly rollups be merged into any period.
 */
import type { Activity } from '../records/activity.ts';
import type { Adjustment, Audience, Channel, Level, Setting, Stage } from '../records/vocabulary.ts';
import { addCountsInto } from './ratio.ts';

/** Activities and participations in one cell of a breakdown. */
export interface Tally {
  activities: number;
  participations: number;
}

export interface ActivityTotals {
  activities: number;
  /** Sum of `participants.total` (attendances or responses, not distinct people). */
  participations: number;
  firstTime: number;
  demographicsRecorded: number;
  /** Group id -> participants in that group. */
  groups: Record<string, number>;
  byChannel: Partial<Record<Channel, Tally>>;
  /** An activity with several audiences counts in each of them. */
  byAudience: Partial<Record<Audience, Tally>>;
  bySetting: Partial<Record<Setting, Tally>>;
  byStage: Partial<Record<Stage, Tally>>;
  byLevel: Partial<Record<Level, Tally>>;
  /** Stage -> activities at `co-designing` or `co-producing` in that stage. */
  coProducedStages: Partial<Record<Stage, number>>;
  /** `stage/level` -> activities at that stage and rung of the ladder (`stageLevelKey`). */
  byStageAndLevel: Record<string, number>;
  /** Activities offering at least one adjustment. */
  withAdjustments: number;
  /** Adjustment -> activities offering it. */
  byAdjustment: Partial<Record<Adjustment, number>>;
  /** Activities meeting each of Lundy's four elements. */
  lundy: { space: number; voice: number; audience: number; influence: number };
  experience: { responses: number; feltListened: number; knowWhatHappensNext: number };
  /** Principle id -> activities tagged with it. */
  principles: Record<string, number>;
}

/** The fields of an activity the totals read. */
export type ActivityFacts = Pick<
  Activity,
  'audience' | 'channel' | 'setting' | 'stage' | 'level' | 'lundy' | 'principles' | 'participants' | 'adjustments'
> &
  Partial<Pick<Activity, 'experience'>>;

export function emptyActivityTotals(): ActivityTotals {
  return {
    activities: 0,
    participations: 0,
    firstTime: 0,
    demographicsRecorded: 0,
    groups: {},
    byChannel: {},
    byAudience: {},
    bySetting: {},
    byStage: {},
    byLevel: {},
    coProducedStages: {},
    byStageAndLevel: {},
    withAdjustments: 0,
    byAdjustment: {},
    lundy: { space: 0, voice: 0, audience: 0, influence: 0 },
    experience: { responses: 0, feltListened: 0, knowWhatHappensNext: 0 },
    principles: {},
  };
}

const coProducingLevels: ReadonlySet<Level> = new Set(['co-designing', 'co-producing']);

/** The key of a stage and a rung of the ladder in `byStageAndLevel`. */
export function stageLevelKey(stage: Stage, level: Level): string {
  return `${stage}/${level}`;
}

/** Whether an activity sits on one of the top two rungs of the ladder. */
export function isCoProduction(level: Level): boolean {
  return coProducingLevels.has(level);
}

function addTalliesInto<K extends string>(into: Partial<Record<K, Tally>>, add: Partial<Record<K, Tally>>): void {
  for (const key in add) {
    const tally = add[key];
    if (!tally) continue;
    const current = into[key];
    if (current) {
      current.activities += tally.activities;
      current.participations += tally.participations;
    } else into[key] = { activities: tally.activities, participations: tally.participations };
  }
}

/**
 * Adds `b` into `into` itself. `into` must be a total of the caller's own (from
 * `emptyActivityTotals()`): nothing of `b` is shared with it afterwards. Summing many
 * parts this way costs the size of the parts, not parts x total.
 */
export function addActivityTotalsInto(into: ActivityTotals, b: ActivityTotals): void {
  into.activities += b.activities;
  into.participations += b.participations;
  into.firstTime += b.firstTime;
  into.demographicsRecorded += b.demographicsRecorded;
  addCountsInto(into.groups, b.groups);
  addTalliesInto(into.byChannel, b.byChannel);
  addTalliesInto(into.byAudience, b.byAudience);
  addTalliesInto(into.bySetting, b.bySetting);
  addTalliesInto(into.byStage, b.byStage);
  addTalliesInto(into.byLevel, b.byLevel);
  addCountsInto(into.coProducedStages, b.coProducedStages);
  // Rollups stored before these breakdowns existed lack them until reconcile recomputes them.
  addCountsInto(into.byStageAndLevel, b.byStageAndLevel ?? {});
  into.withAdjustments += b.withAdjustments;
  addCountsInto(into.byAdjustment, b.byAdjustment ?? {});
  into.lundy.space += b.lundy.space;
  into.lundy.voice += b.lundy.voice;
  into.lundy.audience += b.lundy.audience;
  into.lundy.influence += b.lundy.influence;
  into.experience.responses += b.experience.responses;
  into.experience.feltListened += b.experience.feltListened;
  into.experience.knowWhatHappensNext += b.experience.knowWhatHappensNext;
  addCountsInto(into.principles, b.principles);
}

/** The totals of two disjoint sets of activities together. */
export function addActivityTotals(a: ActivityTotals, b: ActivityTotals): ActivityTotals {
  const out = emptyActivityTotals();
  addActivityTotalsInto(out, a);
  addActivityTotalsInto(out, b);
  return out;
}

/** The totals of a single activity. Repeated audiences or principles in one record count once. */
export function activityTotalsOf(activity: ActivityFacts): ActivityTotals {
  const p = activity.participants;
  const tally = { activities: 1, participations: p.total };
  const groups: Record<string, number> = {};
  for (const [group, n] of Object.entries(p.groups ?? {})) if (n > 0) groups[group] = n;
  const principles: Record<string, number> = {};
  for (const id of new Set(activity.principles ?? [])) principles[id] = 1;
  const byAudience: Partial<Record<Audience, Tally>> = {};
  for (const audience of new Set(activity.audience)) byAudience[audience] = { ...tally };
  const experience = activity.experience ?? { responses: 0, feltListened: 0, knowWhatHappensNext: 0 };
  const byAdjustment: Partial<Record<Adjustment, number>> = {};
  for (const adjustment of new Set(activity.adjustments ?? [])) byAdjustment[adjustment] = 1;
  return {
    activities: 1,
    participations: p.total,
    firstTime: p.firstTime,
    demographicsRecorded: p.demographicsRecorded,
    groups,
    byChannel: { [activity.channel]: { ...tally } },
    byAudience,
    bySetting: { [activity.setting]: { ...tally } },
    byStage: { [activity.stage]: { ...tally } },
    byLevel: { [activity.level]: { ...tally } },
    coProducedStages: isCoProduction(activity.level) ? { [activity.stage]: 1 } : {},
    byStageAndLevel: { [stageLevelKey(activity.stage, activity.level)]: 1 },
    withAdjustments: (activity.adjustments ?? []).length > 0 ? 1 : 0,
    byAdjustment,
    lundy: {
      space: activity.lundy.space ? 1 : 0,
      voice: activity.lundy.voice ? 1 : 0,
      audience: activity.lundy.audience ? 1 : 0,
      influence: activity.lundy.influence ? 1 : 0,
    },
    experience: {
      responses: experience.responses,
      feltListened: experience.feltListened,
      knowWhatHappensNext: experience.knowWhatHappensNext,
    },
    principles,
  };
}

/** The totals of a set of activities. */
export function tallyActivities(activities: Iterable<ActivityFacts>): ActivityTotals {
  const totals = emptyActivityTotals();
  for (const activity of activities) addActivityTotalsInto(totals, activityTotalsOf(activity));
  return totals;
}

/** The totals of several disjoint sets together (e.g. months into a quarter). */
export function sumActivityTotals(parts: Iterable<ActivityTotals>): ActivityTotals {
  const totals = emptyActivityTotals();
  for (const part of parts) addActivityTotalsInto(totals, part);
  return totals;
}
