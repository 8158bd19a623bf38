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
  addActivityTotals,
  emptyActivityTotals,
  sumActivityTotals,
  type ActivityFacts,
  type ActivityTotals,
} from '../metrics/activity-totals.ts';
import { addLoopTotals, emptyLoopTotals, tallyLoops, type LoopFacts, type LoopTotals } from '../metrics/loop-totals.ts';
import type { Audience, Channel } from '../records/vocabulary.ts';

export interface MonthRollup {
  activities: ActivityTotals;
  loops: LoopTotals;
  /**
   * The activity totals split by channel and audience, keyed `channel|audience+audience`,
   * so figures filtered by channel or audience come from rollups too.
   */
  segments: Record<string, ActivityTotals>;
}

/** What figures can be filtered by: activities of one channel, or for one audience. */
export interface ActivityFilter {
  channel?: Channel | undefined;
  audience?: Audience | undefined;
}

export function emptyMonthRollup(): MonthRollup {
  return { activities: emptyActivityTotals(), loops: emptyLoopTotals(), segments: {} };
}

/** The segment an activity falls in: its channel and its (sorted, distinct) audiences. */
export function segmentKey(activity: Pick<ActivityFacts, 'channel' | 'audience'>): string {
  return `${activity.channel}|${[...new Set(activity.audience)].sort().join('+')}`;
}

function segmentMatches(key: string, filter: ActivityFilter): boolean {
  const [channel, audiences] = key.split('|') as [string, string];
  if (filter.channel && channel !== filter.channel) return false;
  if (filter.audience && !audiences.split('+').includes(filter.audience)) return false;
  return true;
}

export function isFiltered(filter: ActivityFilter): boolean {
  return filter.channel !== undefined || filter.audience !== undefined;
}

/** The rollup of one bucket's raw records. */
export function computeMonthRollup(activities: Iterable<ActivityFacts>, loops: Iterable<LoopFacts>): MonthRollup {
  const segments: Record<string, ActivityTotals> = {};
  for (const activity of activities) {
    const key = segmentKey(activity);
    segments[key] = addActivityTotals(segments[key] ?? emptyActivityTotals(), activityTotalsOf(activity));
  }
  return { activities: sumActivityTotals(Object.values(segments)), loops: tallyLoops(loops), segments };
}

/** The rollup of several disjoint buckets together (signatories into the partnership, months into a period). */
export function mergeMonthRollups(parts: Iterable<MonthRollup>): MonthRollup {
  let activities = emptyActivityTotals();
  let loops = emptyLoopTotals();
  const segments: Record<string, ActivityTotals> = {};
  for (const part of parts) {
    activities = addActivityTotals(activities, part.activities);
    loops = addLoopTotals(loops, part.loops);
    for (const [key, totals] of Object.entries(part.segments)) {
      segments[key] = addActivityTotals(segments[key] ?? emptyActivityTotals(), totals);
    }
  }
  return { activities, loops, segments };
}

/** The activity totals of the activities matching the filter. */
export function filteredActivityTotals(rollup: MonthRollup, filter: ActivityFilter): ActivityTotals {
  if (!isFiltered(filter)) return rollup.activities;
  return sumActivityTotals(
    Object.entries(rollup.segments)
      .filter(([key]) => segmentMatches(key, filter))
      .map(([, totals]) => totals),
  );
}
