/**
 * The monthly rollup: everything the figures need about one signatory's month (or
 * the whole partnership's), as a pure function of the raw records in that bucket.
 * Activities belong to the month of their `date`; loops to the month they were
 * raised in (`raisedOn`), wherever and whenever they were closed, because every loop
 * figure of a period is about the loops raised in it. Rollups add up, so a period's
 * figures are the sum of its months and the partnership's month is the sum of its
 * signatories' months.
 */
import {
  activityTotalsOf,
  addActivityTotalsInto,
  emptyActivityTotals,
  type ActivityFacts,
  type ActivityTotals,
} from '../metrics/activity-totals.ts';
import {
  addLoopTotalsInto,
  emptyLoopTotals,
  tallyLoops,
  type LoopFacts,
  type LoopTotals,
} from '../metrics/loop-totals.ts';
import type { Audience, Channel } from '../records/vocabulary.ts';

export interface MonthRollup {
  activities: ActivityTotals;
  loops: LoopTotals;
  /**
   * The activity totals of each channel (`channel:<channel>`) and of each audience
   * (`audience:<audience>`), so figures filtered by one channel or one audience come
   * from rollups too. At most 16 segments, however many activities.
   */
  segments: Record<string, ActivityTotals>;
}

/** What figures can be filtered by: activities of one channel, or for one audience (not both at once). */
export interface ActivityFilter {
  channel?: Channel | undefined;
  audience?: Audience | undefined;
}

export function emptyMonthRollup(): MonthRollup {
  return { activities: emptyActivityTotals(), loops: emptyLoopTotals(), segments: {} };
}

/** The segments an activity counts in: its channel and each of its (distinct) audiences. */
export function segmentKeys(activity: Pick<ActivityFacts, 'channel' | 'audience'>): string[] {
  return [`channel:${activity.channel}`, ...[...new Set(activity.audience)].map((a) => `audience:${a}`)];
}

export function isFiltered(filter: ActivityFilter): boolean {
  return filter.channel !== undefined || filter.audience !== undefined;
}

/** The rollup of one bucket's raw records. */
export function computeMonthRollup(activities: Iterable<ActivityFacts>, loops: Iterable<LoopFacts>): MonthRollup {
  const totals = emptyActivityTotals();
  const segments: Record<string, ActivityTotals> = {};
  for (const activity of activities) {
    const one = activityTotalsOf(activity);
    addActivityTotalsInto(totals, one);
    for (const key of segmentKeys(activity)) addActivityTotalsInto((segments[key] ??= emptyActivityTotals()), one);
  }
  return { activities: totals, loops: tallyLoops(loops), segments };
}

/** The rollup of several disjoint buckets together (signatories into the partnership, months into a period). */
export function mergeMonthRollups(parts: Iterable<MonthRollup>): MonthRollup {
  // One running total, added into: merging many rollups costs their size, not parts x total.
  const activities = emptyActivityTotals();
  const loops = emptyLoopTotals();
  const segments: Record<string, ActivityTotals> = {};
  for (const part of parts) {
    addActivityTotalsInto(activities, part.activities);
    addLoopTotalsInto(loops, part.loops);
    for (const key in part.segments)
      addActivityTotalsInto((segments[key] ??= emptyActivityTotals()), part.segments[key]!);
  }
  return { activities, loops, segments };
}

/** The activity totals of the activities matching the filter. */
export function filteredActivityTotals(rollup: MonthRollup, filter: ActivityFilter): ActivityTotals {
  if (filter.channel && filter.audience) throw new Error('Figures can be filtered by channel or by audience, not both');
  if (filter.channel) return rollup.segments[`channel:${filter.channel}`] ?? emptyActivityTotals();
  if (filter.audience) return rollup.segments[`audience:${filter.audience}`] ?? emptyActivityTotals();
  return rollup.activities;
}
