/**
 * A month's overview rows: every signatory's rollup of the month cut down to what its row
 * in the partnership overview reads (decision 0108), all in one text, so the overview
 * reads one item per month rather than one per signatory and month. What a row reads:
 * the counts of activities and people, the groups (inclusion score), activities by
 * channel, setting and rung of the ladder, the co-produced stages, Lundy's influence, the
 * exit survey, the principles tagged, and the loops. Left out: participations by channel,
 * setting and level, and the breakdowns by audience, stage, stage and level, and
 * adjustment, which only the partnership's own figures and a signatory's page show.
 *
 * Rows add up like rollups (they are rollups), so a period's row is the sum of its
 * months'. Canonical: equal rows always encode to the same text. Vocabularies may only
 * grow at their end, as in rollup-codec.ts.
 */
import { emptyActivityTotals, type ActivityTotals, type Tally } from '../metrics/activity-totals.ts';
import { emptyLoopTotals } from '../metrics/loop-totals.ts';
import { channels, levels, settings, stages } from '../records/vocabulary.ts';
import { canonicalJson } from './canonical-json.ts';
import { decodeLoopTotals, encodeLoopTotals } from './rollup-codec.ts';
import { emptyMonthRollup, type MonthRollup } from './month-rollup.ts';

/** A rollup with only what an overview row reads; every other breakdown empty. */
export function rowRollup(rollup: MonthRollup): MonthRollup {
  const a = rollup.activities;
  const activitiesOnly = <K extends string>(tallies: Partial<Record<K, Tally>>) => {
    const out: Partial<Record<K, Tally>> = {};
    for (const key in tallies) {
      const n = tallies[key]?.activities ?? 0;
      if (n) out[key] = { activities: n, participations: 0 };
    }
    return out;
  };
  const activities: ActivityTotals = {
    ...emptyActivityTotals(),
    activities: a.activities,
    participations: a.participations,
    firstTime: a.firstTime,
    demographicsRecorded: a.demographicsRecorded,
    withAdjustments: a.withAdjustments,
    groups: nonZero(a.groups),
    byChannel: activitiesOnly(a.byChannel),
    bySetting: activitiesOnly(a.bySetting),
    byLevel: activitiesOnly(a.byLevel),
    coProducedStages: { ...a.coProducedStages },
    lundy: { space: 0, voice: 0, audience: 0, influence: a.lundy.influence },
    experience: { ...a.experience },
    principles: nonZero(a.principles),
  };
  return { activities, loops: decodeLoopTotals(encodeLoopTotals(rollup.loops)), segments: {} };
}

function nonZero(map: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key in map) if (map[key]) out[key] = map[key];
  return out;
}

function counts<K extends string>(keys: readonly K[], values: Partial<Record<K, number>>): number[] {
  return keys.map((key) => values[key] ?? 0);
}

function readCounts<K extends string>(keys: readonly K[], values: readonly number[] | undefined): Record<K, number> {
  const out = {} as Record<K, number>;
  keys.forEach((key, i) => {
    if (values?.[i]) out[key] = values[i];
  });
  return out;
}

function tallyCounts<K extends string>(keys: readonly K[], tallies: Partial<Record<K, Tally>>): number[] {
  return keys.map((key) => tallies[key]?.activities ?? 0);
}

function readTallies<K extends string>(
  keys: readonly K[],
  values: readonly number[] | undefined,
): Partial<Record<K, Tally>> {
  const out: Partial<Record<K, Tally>> = {};
  for (const [key, activities] of Object.entries(readCounts(keys, values)) as [K, number][])
    out[key] = { activities, participations: 0 };
  return out;
}

type EncodedRow = [
  number[],
  Record<string, number>,
  number[],
  number[],
  number[],
  number[],
  Record<string, number>,
  unknown[],
];

function isEmpty(rollup: MonthRollup): boolean {
  return rollup.activities.activities === 0 && rollup.loops.raised === 0;
}

function encodeRow(rollup: MonthRollup): EncodedRow {
  const a = rowRollup(rollup).activities;
  return [
    [
      a.activities,
      a.participations,
      a.firstTime,
      a.demographicsRecorded,
      a.withAdjustments,
      a.lundy.influence,
      a.experience.responses,
      a.experience.feltListened,
      a.experience.knowWhatHappensNext,
    ],
    a.groups,
    tallyCounts(channels, a.byChannel),
    tallyCounts(settings, a.bySetting),
    tallyCounts(levels, a.byLevel),
    counts(stages, a.coProducedStages),
    a.principles,
    encodeLoopTotals(rollup.loops),
  ];
}

function decodeRow(encoded: EncodedRow): MonthRollup {
  const [scalars, groups, byChannel, bySetting, byLevel, coProduced, principles, loops] = encoded;
  const activities: ActivityTotals = {
    ...emptyActivityTotals(),
    activities: scalars[0] ?? 0,
    participations: scalars[1] ?? 0,
    firstTime: scalars[2] ?? 0,
    demographicsRecorded: scalars[3] ?? 0,
    withAdjustments: scalars[4] ?? 0,
    lundy: { space: 0, voice: 0, audience: 0, influence: scalars[5] ?? 0 },
    experience: { responses: scalars[6] ?? 0, feltListened: scalars[7] ?? 0, knowWhatHappensNext: scalars[8] ?? 0 },
    groups: nonZero(groups),
    byChannel: readTallies(channels, byChannel),
    bySetting: readTallies(settings, bySetting),
    byLevel: readTallies(levels, byLevel),
    coProducedStages: readCounts(stages, coProduced),
    principles: nonZero(principles),
  };
  return {
    activities,
    loops: loops ? decodeLoopTotals(loops as Parameters<typeof decodeLoopTotals>[0]) : emptyLoopTotals(),
    segments: {},
  };
}

/**
 * The stored text of a month's rows: each signatory's row rollup by signatory id, in id
 * order; a signatory with nothing in the month is left out (it reads as an empty rollup).
 */
export function encodeMonthRows(rollups: ReadonlyMap<string, MonthRollup>): string {
  const rows = [...rollups]
    .filter(([, rollup]) => !isEmpty(rollup))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, rollup]) => [id, ...encodeRow(rollup)]);
  return canonicalJson({ v: 1, r: rows });
}

/** Each signatory's row rollup of the month, by signatory id; signatories left out had nothing in it. */
export function decodeMonthRows(text: string): Map<string, MonthRollup> {
  const { r } = JSON.parse(text) as { r?: [string, ...EncodedRow][] };
  return new Map((r ?? []).map(([id, ...row]) => [id, decodeRow(row as EncodedRow)]));
}

/** The rows of a month with no records: no signatory has a row. */
export const emptyMonthRowsText = encodeMonthRows(new Map());

/** A signatory's row rollup in a month's rows, or an empty rollup when it had nothing that month. */
export function rowOf(rows: ReadonlyMap<string, MonthRollup>, signatoryId: string): MonthRollup {
  return rows.get(signatoryId) ?? emptyMonthRollup();
}
