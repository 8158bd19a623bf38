/**
 * The stored form of a rollup: compact JSON with the fixed vocabularies (channels,
 * settings, stages, levels, audiences, adjustments) as positional arrays instead of named maps, so
 * a rollup stays around a kilobyte however many activities it sums. Canonical: equal
 * rollups always encode to the same text. Vocabularies may only grow at their end;
 * reordering them needs a new `v` and a reconcile.
 */
import { emptyActivityTotals, stageLevelKey, type ActivityTotals, type Tally } from '../metrics/activity-totals.ts';
import { emptyLoopTotals, type LoopTotals } from '../metrics/loop-totals.ts';
import { adjustments, audiences, channels, levels, settings, stages } from '../records/vocabulary.ts';
import { canonicalJson } from './canonical-json.ts';

type Encoded = (number | number[] | Record<string, number>)[];

function tallies<K extends string>(keys: readonly K[], values: Partial<Record<K, Tally>>): number[] {
  return keys.flatMap((key) => [values[key]?.activities ?? 0, values[key]?.participations ?? 0]);
}

function readTallies<K extends string>(keys: readonly K[], values: number[] | undefined): Partial<Record<K, Tally>> {
  const out: Partial<Record<K, Tally>> = {};
  keys.forEach((key, i) => {
    const activities = values?.[2 * i] ?? 0;
    const participations = values?.[2 * i + 1] ?? 0;
    if (activities || participations) out[key] = { activities, participations };
  });
  return out;
}

function counts<K extends string>(keys: readonly K[], values: Partial<Record<K, number>>): number[] {
  return keys.map((key) => values[key] ?? 0);
}

function readCounts<K extends string>(keys: readonly K[], values: number[] | undefined): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  keys.forEach((key, i) => {
    if (values?.[i]) out[key] = values[i];
  });
  return out;
}

function nonZero(map: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key in map) if (map[key] !== 0) out[key] = map[key]!;
  return out;
}

export function encodeActivityTotals(t: ActivityTotals): Encoded {
  return [
    [t.activities, t.participations, t.firstTime, t.demographicsRecorded, t.withAdjustments],
    t.groups,
    tallies(channels, t.byChannel),
    tallies(audiences, t.byAudience),
    tallies(settings, t.bySetting),
    tallies(stages, t.byStage),
    tallies(levels, t.byLevel),
    counts(stages, t.coProducedStages),
    [t.lundy.space, t.lundy.voice, t.lundy.audience, t.lundy.influence],
    [t.experience.responses, t.experience.feltListened, t.experience.knowWhatHappensNext],
    t.principles,
    stages.flatMap((stage) => levels.map((level) => t.byStageAndLevel[stageLevelKey(stage, level)] ?? 0)),
    counts(adjustments, t.byAdjustment),
  ];
}

export function decodeActivityTotals(encoded: Encoded | undefined): ActivityTotals {
  if (!encoded) return emptyActivityTotals();
  const [
    scalars,
    groups,
    byChannel,
    byAudience,
    bySetting,
    byStage,
    byLevel,
    coProduced,
    lundy,
    experience,
    principles,
    stageLevels,
    byAdjustment,
  ] = encoded as [
    number[],
    Record<string, number>,
    number[],
    number[],
    number[],
    number[],
    number[],
    number[],
    number[],
    number[],
    Record<string, number>,
    number[] | undefined,
    number[] | undefined,
  ];
  const byStageAndLevel: Record<string, number> = {};
  stages.forEach((stage, i) =>
    levels.forEach((level, j) => {
      const n = stageLevels?.[i * levels.length + j];
      if (n) byStageAndLevel[stageLevelKey(stage, level)] = n;
    }),
  );
  return {
    activities: scalars[0] ?? 0,
    participations: scalars[1] ?? 0,
    firstTime: scalars[2] ?? 0,
    demographicsRecorded: scalars[3] ?? 0,
    withAdjustments: scalars[4] ?? 0,
    groups: nonZero(groups),
    byChannel: readTallies(channels, byChannel),
    byAudience: readTallies(audiences, byAudience),
    bySetting: readTallies(settings, bySetting),
    byStage: readTallies(stages, byStage),
    byLevel: readTallies(levels, byLevel),
    coProducedStages: readCounts(stages, coProduced),
    lundy: { space: lundy[0] ?? 0, voice: lundy[1] ?? 0, audience: lundy[2] ?? 0, influence: lundy[3] ?? 0 },
    experience: {
      responses: experience[0] ?? 0,
      feltListened: experience[1] ?? 0,
      knowWhatHappensNext: experience[2] ?? 0,
    },
    principles: nonZero(principles),
    byStageAndLevel,
    byAdjustment: readCounts(adjustments, byAdjustment),
  };
}

/** Days to close as `[days, count, days, count, ...]` in order of days. */
export function encodeLoopTotals(l: LoopTotals): Encoded {
  const days = Object.entries(l.daysToClose)
    .map(([d, n]) => [Number(d), n] as const)
    .sort((a, b) => a[0] - b[0])
    .flat();
  return [[l.raised, l.closed, l.changed], days, l.principles];
}

export function decodeLoopTotals(encoded: Encoded | undefined): LoopTotals {
  if (!encoded) return emptyLoopTotals();
  const [scalars, days, principles] = encoded as [number[], number[], Record<string, number>];
  const daysToClose: Record<string, number> = {};
  for (let i = 0; i + 1 < days.length; i += 2) daysToClose[String(days[i])] = days[i + 1]!;
  return {
    raised: scalars[0] ?? 0,
    closed: scalars[1] ?? 0,
    changed: scalars[2] ?? 0,
    daysToClose,
    principles: nonZero(principles),
  };
}

/** The stored text of a rollup's figures. */
export function encodeRollupBody(activities: ActivityTotals, loops: LoopTotals): string {
  return canonicalJson({ v: 1, a: encodeActivityTotals(activities), l: encodeLoopTotals(loops) });
}

export function decodeRollupBody(text: string): { activities: ActivityTotals; loops: LoopTotals } {
  const { a, l } = JSON.parse(text) as { a?: Encoded; l?: Encoded };
  return { activities: decodeActivityTotals(a), loops: decodeLoopTotals(l) };
}

/** The stored text of a rollup's segments. */
export function encodeSegments(segments: Record<string, ActivityTotals>): string {
  return canonicalJson(Object.fromEntries(Object.entries(segments).map(([key, t]) => [key, encodeActivityTotals(t)])));
}

export function decodeSegments(text: string): Record<string, ActivityTotals> {
  const encoded = JSON.parse(text) as Record<string, Encoded>;
  return Object.fromEntries(Object.entries(encoded).map(([key, e]) => [key, decodeActivityTotals(e)]));
}
