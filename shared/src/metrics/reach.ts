/**
 * Reach: how much engagement happened, with whom, how, where and at which stage.
 *
 * - `activities` = count of activities; `participations` = sum of `participants.total`
 * - `firstTimeShare` = sum `firstTime` / `participations`
 * - `byChannel`, `bySetting`, `byStage`, `byAudience`, `byLevel`: activities and participations per value
 * - `channelCount` = distinct channels used
 * - `outreachShare` = activities in a `community` setting / activities in `community` or `organisation` (online excluded)
 * - `lifecycleCoverage` = distinct stages with at least one `co-designing` or `co-producing` activity / 4
 * - `byStageAndLevel[stage][level]` = activities at that stage and rung of the ladder
 * - `reachRate[audience]` = participations of that audience per 1,000 of its baseline population
 */
import type { PopulationBaseline } from '../records/baseline.ts';
import { audiences, channels, levels, settings, stages } from '../records/vocabulary.ts';
import type { Audience, Channel, Level, Setting, Stage } from '../records/vocabulary.ts';
import { stageLevelKey, type ActivityTotals, type Tally } from './activity-totals.ts';
import { ratio } from './ratio.ts';

/** The audiences a population baseline gives a size for. */
export const baselineAudiences = ['children', 'young-people', 'parents-carers'] as const;
export type BaselineAudience = (typeof baselineAudiences)[number];

export interface Reach {
  activities: number;
  participations: number;
  firstTime: number;
  firstTimeShare: number | null;
  byChannel: Record<Channel, Tally>;
  bySetting: Record<Setting, Tally>;
  byStage: Record<Stage, Tally>;
  byAudience: Record<Audience, Tally>;
  byLevel: Record<Level, Tally>;
  channelCount: number;
  outreachShare: number | null;
  lifecycleCoverage: number;
  /** Activities per stage and rung of the ladder, zeros included. */
  byStageAndLevel: Record<Stage, Record<Level, number>>;
  /** Per 1,000 of the audience's population; null without a baseline for it. */
  reachRate: Record<BaselineAudience, number | null>;
}

function filled<K extends string>(keys: readonly K[], tallies: Partial<Record<K, Tally>>): Record<K, Tally> {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      { activities: tallies[key]?.activities ?? 0, participations: tallies[key]?.participations ?? 0 },
    ]),
  ) as Record<K, Tally>;
}

/** Distinct channels used. */
export function channelCount(totals: Pick<ActivityTotals, 'byChannel'>): number {
  return channels.filter((channel) => (totals.byChannel[channel]?.activities ?? 0) > 0).length;
}

/** Activities in a `community` setting / activities in `community` or `organisation` (online left out). */
export function outreachShare(totals: Pick<ActivityTotals, 'bySetting'>): number | null {
  const community = totals.bySetting.community?.activities ?? 0;
  const organisation = totals.bySetting.organisation?.activities ?? 0;
  return ratio(community, community + organisation);
}

/** Distinct stages with a `co-designing` or `co-producing` activity / the stages. */
export function lifecycleCoverage(totals: Pick<ActivityTotals, 'coProducedStages'>): number {
  return stages.filter((stage) => (totals.coProducedStages[stage] ?? 0) > 0).length / stages.length;
}

export function reach(totals: ActivityTotals, population?: PopulationBaseline['population']): Reach {
  const reachRate = Object.fromEntries(
    baselineAudiences.map((audience) => {
      const size = population?.[audience] ?? 0;
      const rate = ratio(totals.byAudience[audience]?.participations ?? 0, size);
      return [audience, rate === null ? null : rate * 1000];
    }),
  ) as Record<BaselineAudience, number | null>;
  return {
    activities: totals.activities,
    participations: totals.participations,
    firstTime: totals.firstTime,
    firstTimeShare: ratio(totals.firstTime, totals.participations),
    byChannel: filled(channels, totals.byChannel),
    bySetting: filled(settings, totals.bySetting),
    byStage: filled(stages, totals.byStage),
    byAudience: filled(audiences, totals.byAudience),
    byLevel: filled(levels, totals.byLevel),
    channelCount: channelCount(totals),
    outreachShare: outreachShare(totals),
    lifecycleCoverage: lifecycleCoverage(totals),
    byStageAndLevel: Object.fromEntries(
      stages.map((stage) => [
        stage,
        Object.fromEntries(levels.map((level) => [level, totals.byStageAndLevel[stageLevelKey(stage, level)] ?? 0])),
      ]),
    ) as Record<Stage, Record<Level, number>>,
    reachRate,
  };
}
