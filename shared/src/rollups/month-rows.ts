/**
 * The overview's rows (decision 0108): every signatory's rollup of a month or a quarter cut
 * down to what its row in the partnership overview reads, all in one text, so the
 * overview reads a few items per period rather than one per signatory and month.
 *
 * A row is a vector of named counts (its columns): the counts of activities and people,
 * the groups (inclusion score), activities by channel, setting and rung of the ladder, the
 * co-produced stages, Lundy's influence, the exit survey, the principles tagged, and the
 * loops with their days to close. Left out: participations by channel, setting and level,
 * and the breakdowns by audience, stage, stage and level, and adjustment, which only the
 * partnership's own figures and a signatory's page show. Rows add up column by column, like
 * the rollups they come from, so a period's row is the sum of its spans' rows.
 *
 * Stored as `{"c":[columns],"r":[[signatoryId, column, count, ...], ...]}`: only non-zero
 * counts, columns in order, signatories in id order, so equal rows always encode to the
 * same text.
 */
import { emptyActivityTotals, type ActivityTotals, type Tally } from '../metrics/activity-totals.ts';
import { emptyLoopTotals, type LoopTotals } from '../metrics/loop-totals.ts';
import { addMonths } from '../time/months.ts';
import { canonicalJson } from './canonical-json.ts';
import type { MonthRollup } from './month-rollup.ts';

/**
 * A signatory's row: the count of each column, at the column's index (`columnOf`); a
 * missing entry is zero. Indexes are this process's own, never stored.
 */
export type RowVector = number[];

/** Each signatory's row, by signatory id. */
export type Rows = Map<string, RowVector>;

/** A column's count put into the rollup a row stands for (`rowRollup`). */
type ColumnSetter = (rollup: { activities: ActivityTotals; loops: LoopTotals }, n: number) => void;

/** Every column seen by this process: its name, and where its count goes in a rollup. */
const columnIndexes = new Map<string, number>();
const columns: { name: string; set: ColumnSetter }[] = [];

/** The index of a column in a row vector, registered on first sight. */
function columnOf(name: string): number {
  let index = columnIndexes.get(name);
  if (index === undefined) {
    index = columns.length;
    columns.push({ name, set: setterOf(name) });
    columnIndexes.set(name, index);
  }
  return index;
}

/** Where a column's count goes in the rollup a row stands for, decided once per column. */
function setterOf(name: string): ColumnSetter {
  const colon = name.indexOf(':');
  const kind = colon < 0 ? name : name.slice(0, colon);
  const key = name.slice(colon + 1);
  const tally = (n: number): Tally => ({ activities: n, participations: 0 });
  switch (kind) {
    case 'a':
      return ({ activities }, n) => void (activities.activities = n);
    case 'p':
      return ({ activities }, n) => void (activities.participations = n);
    case 'f':
      return ({ activities }, n) => void (activities.firstTime = n);
    case 'd':
      return ({ activities }, n) => void (activities.demographicsRecorded = n);
    case 'w':
      return ({ activities }, n) => void (activities.withAdjustments = n);
    case 'i':
      return ({ activities }, n) => void (activities.lundy.influence = n);
    case 'er':
      return ({ activities }, n) => void (activities.experience.responses = n);
    case 'ef':
      return ({ activities }, n) => void (activities.experience.feltListened = n);
    case 'ek':
      return ({ activities }, n) => void (activities.experience.knowWhatHappensNext = n);
    case 'c':
      return ({ activities }, n) => void ((activities.byChannel as Record<string, Tally>)[key] = tally(n));
    case 's':
      return ({ activities }, n) => void ((activities.bySetting as Record<string, Tally>)[key] = tally(n));
    case 'l':
      return ({ activities }, n) => void ((activities.byLevel as Record<string, Tally>)[key] = tally(n));
    case 'cs':
      return ({ activities }, n) => void ((activities.coProducedStages as Record<string, number>)[key] = n);
    case 'g':
      return ({ activities }, n) => void (activities.groups[key] = n);
    case 'ap':
      return ({ activities }, n) => void (activities.principles[key] = n);
    case 'lr':
      return ({ loops }, n) => void (loops.raised = n);
    case 'lc':
      return ({ loops }, n) => void (loops.closed = n);
    case 'lx':
      return ({ loops }, n) => void (loops.changed = n);
    case 'ld':
      return ({ loops }, n) => void (loops.daysToClose[key] = n);
    case 'lp':
      return ({ loops }, n) => void (loops.principles[key] = n);
    default:
      return () => {
        throw new Error(`Unknown row column ${name}`);
      };
  }
}

const scalarColumns = {
  activities: 'a',
  participations: 'p',
  firstTime: 'f',
  demographicsRecorded: 'd',
  withAdjustments: 'w',
} as const;

/** The row of a rollup: only what an overview row reads. */
export function rowVector(rollup: MonthRollup): RowVector {
  const a = rollup.activities;
  const l = rollup.loops;
  const vector: RowVector = [];
  const put = (column: string, n: number) => {
    if (n) vector[columnOf(column)] = n;
  };
  for (const [field, column] of Object.entries(scalarColumns)) put(column, a[field as keyof typeof scalarColumns]);
  put('i', a.lundy.influence);
  put('er', a.experience.responses);
  put('ef', a.experience.feltListened);
  put('ek', a.experience.knowWhatHappensNext);
  const tallies = (prefix: string, values: Partial<Record<string, Tally>>) => {
    for (const key in values) put(`${prefix}${key}`, values[key]?.activities ?? 0);
  };
  tallies('c:', a.byChannel);
  tallies('s:', a.bySetting);
  tallies('l:', a.byLevel);
  const counts = (prefix: string, values: Partial<Record<string, number>>) => {
    for (const key in values) put(`${prefix}${key}`, values[key] ?? 0);
  };
  counts('cs:', a.coProducedStages);
  counts('g:', a.groups);
  counts('ap:', a.principles);
  put('lr', l.raised);
  put('lc', l.closed);
  put('lx', l.changed);
  counts('ld:', l.daysToClose);
  counts('lp:', l.principles);
  return vector;
}

/** Adds `add` into `into` itself, column by column. */
export function addRowVectorInto(into: RowVector, add: readonly number[]): void {
  for (let i = 0; i < add.length; i += 1) {
    const n = add[i];
    if (n) into[i] = (into[i] ?? 0) + n;
  }
}

/** The rollup a row stands for: every figure of an overview row computes from it as from the whole rollup. */
export function rowRollup(vector: readonly number[]): MonthRollup {
  const rollup = { activities: emptyActivityTotals(), loops: emptyLoopTotals(), segments: {} };
  for (let i = 0; i < vector.length; i += 1) {
    const n = vector[i];
    if (n) columns[i]!.set(rollup, n);
  }
  return rollup;
}

/** The stored text of rows; signatories whose row is empty are left out. */
export function encodeRows(rows: ReadonlyMap<string, readonly number[]>): string {
  const kept = [...rows]
    .map(([id, vector]) => [id, vector.flatMap((n, i) => (n ? [[columns[i]!.name, n] as const] : []))] as const)
    .filter(([, entries]) => entries.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const names = [...new Set(kept.flatMap(([, entries]) => entries.map(([name]) => name)))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const encoded = kept.map(([id, entries]) => [
    id,
    ...entries
      .map(([name, n]) => [index.get(name)!, n] as const)
      .sort((x, y) => x[0] - y[0])
      .flat(),
  ]);
  return canonicalJson({ c: names, r: encoded });
}

/** Adds the rows stored in `text` into `into`, signatory by signatory and column by column. */
export function addEncodedRowsInto(into: Rows, text: string): void {
  const { c: names = [], r: rows = [] } = JSON.parse(text) as { c?: string[]; r?: (string | number)[][] };
  const global = names.map(columnOf);
  // Vectors as wide as every column known, zeros included, so adding into them stays fast.
  const width = columns.length;
  for (const row of rows) {
    const id = row[0] as string;
    let vector = into.get(id);
    if (!vector) into.set(id, (vector = new Array<number>(width).fill(0)));
    else while (vector.length < width) vector.push(0);
    for (let i = 1; i + 1 < row.length; i += 2) {
      const column = global[row[i] as number]!;
      vector[column] = (vector[column] ?? 0) + (row[i + 1] as number);
    }
  }
}

/** The rows stored in `text`. */
export function decodeRows(text: string): Rows {
  const rows: Rows = new Map();
  addEncodedRowsInto(rows, text);
  return rows;
}

/** The rows of a span with no records: no signatory has a row. */
export const emptyRowsText = encodeRows(new Map());

/** The rows of every signatory's rollup, by signatory id. */
export function rowsOfRollups(rollups: ReadonlyMap<string, MonthRollup>): Rows {
  return new Map([...rollups].map(([id, rollup]) => [id, rowVector(rollup)]));
}

/** The spans whose rows are kept, and that a run of months is read from: a quarter (`2026-Q2`) or a month (`2026-05`). */
export type RowSpan = string;

/** The quarter a month is in, as a span. */
export function quarterSpanOf(month: string): RowSpan {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The months a quarter's rows are the sum of. */
export function monthsOfQuarterSpan(quarter: RowSpan): string[] {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  const first = `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  return [0, 1, 2].map((n) => addMonths(first, n));
}

/**
 * The fewest spans that make up a run of whole months, `from` to `to` (`YYYY-MM`): whole
 * quarters where the run holds them, else months. The 12 months to 2026-10 are 2025-11,
 * 2025-12, 2026-Q1, 2026-Q2, 2026-Q3 and 2026-10; a financial year is four quarters.
 */
export function spansOfMonths(from: string, to: string): RowSpan[] {
  const spans: RowSpan[] = [];
  let month = from;
  while (month <= to) {
    if ((Number(month.slice(5, 7)) - 1) % 3 === 0 && addMonths(month, 2) <= to) {
      spans.push(quarterSpanOf(month));
      month = addMonths(month, 3);
    } else {
      spans.push(month);
      month = addMonths(month, 1);
    }
  }
  return spans;
}
