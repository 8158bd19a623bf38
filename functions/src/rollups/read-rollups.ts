/**
 * Reading rollups for the metric queries: a signatory's months by key, a whole month
 * (every signatory and the partnership) in one query, and every standing in one query.
 * The number of reads depends on months and signatories only, never on how many
 * records there are. Segments are read only when figures are filtered. The requests are
 * the entity modules' (./rollup-entity.ts, ./standing-entity.ts); this module turns
 * their items into figures.
 */
import {
  addRowVectorInto,
  emptyMonthRollup,
  monthsOfQuarterSpan,
  rowsOfRollups,
  spansOfMonths,
  type MonthRollup,
  type Rows,
  type Standing,
} from '@equal-partners/shared';
import type { ItemKeys } from '../table/keys.ts';
import type { Store } from '../table/store.ts';
import { rollupOf, rowsOf, standingOf } from './rollup-items.ts';
import {
  getRowsItems,
  getRowsVersions,
  getRollupsByMonth,
  listSignatoryRollupsOfMonth,
  partnershipRollupKeys,
  rowsVersion,
  signatoryRollupKeys,
} from './rollup-entity.ts';
import { getStandingItem, listStandingItems } from './standing-entity.ts';

/** Reads rollups by key, with their segments when asked, by month; months without one are empty. */
async function rollupsByKey(
  store: Store,
  rollupKeys: { month: string; key: ItemKeys }[],
  withSegments: boolean,
): Promise<Map<string, MonthRollup>> {
  const keys = rollupKeys.map((r) => r.key);
  const [items, segments] = await Promise.all([
    getRollupsByMonth(store, keys, 'figures'),
    withSegments ? getRollupsByMonth(store, keys, 'segments') : Promise.resolve(new Map<string, never>()),
  ]);
  const byMonth = new Map(rollupKeys.map((r) => [r.month, emptyMonthRollup()]));
  for (const [month, item] of items) byMonth.set(month, rollupOf(item, segments.get(month)));
  return byMonth;
}

/** One signatory's rollups for the given months; months without one are empty. */
export function readSignatoryRollups(
  store: Store,
  signatoryId: string,
  months: readonly string[],
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const rollupKeys = months.map((month) => ({ month, key: signatoryRollupKeys({ signatoryId, month }) }));
  return rollupsByKey(store, rollupKeys, withSegments);
}

/** The partnership's rollups for the given months; months without one are empty. */
export function readPartnershipRollups(
  store: Store,
  months: readonly string[],
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const rollupKeys = months.map((month) => ({ month, key: partnershipRollupKeys({ month }) }));
  return rollupsByKey(store, rollupKeys, withSegments);
}

/**
 * Every signatory's rollup of one month, by signatory id; with their totals per channel and
 * audience when asked, and strongly consistent when asked (a recompute summing them).
 */
export async function readMonthOfSignatories(
  store: Store,
  month: string,
  withSegments = false,
  consistent = false,
): Promise<Map<string, MonthRollup>> {
  const [items, segments] = await Promise.all([
    listSignatoryRollupsOfMonth(store, month, 'figures', consistent),
    withSegments
      ? listSignatoryRollupsOfMonth(store, month, 'segments', consistent)
      : Promise.resolve(new Map<string, never>()),
  ]);
  return new Map([...items].map(([id, item]) => [id, rollupOf(item, segments.get(id))]));
}

/**
 * Every signatory's overview row for each of the given spans (months and quarters:
 * decision 0108), by span, from one batched read of their rows items; strongly consistent
 * when asked (a recompute summing them). A span whose item is missing (a span with no
 * records, or a store written before rows were kept, until reconcile builds them) or whose
 * rows did not fit in one item is made up from its parts instead: a quarter from its
 * months, a month from its signatories' rollups.
 */
export async function readRows(store: Store, spans: readonly string[], consistent = false): Promise<Map<string, Rows>> {
  const items = await getRowsItems(store, spans, consistent);
  const read = await Promise.all(
    spans.map(async (span) => rowsOf(items.get(span)) ?? (await rowsFromParts(store, span, consistent))),
  );
  return new Map(spans.map((span, i) => [span, read[i]!]));
}

/**
 * Every signatory's overview row over each of the given runs of months (`from`, `to`), from
 * the rows items of the fewest quarters and months that make them up, added up.
 *
 * The rows of each span are kept by this process with the version they were read at
 * (`rowsVersion`: the generation and time of the item's last write), so a reader asks
 * first for the spans' versions alone, a small read, and reads and decodes only the rows
 * of spans written since (usually the current month and quarter, or none). What is added
 * up is always the rows of the versions just read.
 */
export async function readRowsOfPeriods(
  store: Store,
  periods: readonly { from: string; to: string }[],
): Promise<Rows[]> {
  const spansOf = periods.map((p) => spansOfMonths(p.from, p.to));
  const spans = [...new Set(spansOf.flat())];
  const kept = keptRowsOf(store);
  // Nothing of these spans kept (the first overview in a process): no versions to compare, so none are asked.
  const versions = spans.some((span) => kept.has(span))
    ? await getRowsVersions(store, spans)
    : new Map<string, string>();
  const bySpan = new Map<string, Rows>();
  for (const span of spans) {
    const found = kept.get(span);
    if (found && found.version === versions.get(span)) bySpan.set(span, found.rows);
  }
  const toRead = spans.filter((span) => !bySpan.has(span));
  const items = toRead.length > 0 ? await getRowsItems(store, toRead) : new Map<string, Record<string, unknown>>();
  const missing: string[] = [];
  for (const span of toRead) {
    const item = items.get(span);
    const rows = rowsOf(item);
    if (!item || !rows) {
      missing.push(span);
      continue;
    }
    keepRows(kept, span, rowsVersion(item), rows);
    bySpan.set(span, rows);
  }
  // A span whose item cannot answer is made up from its parts, and not kept.
  for (const [span, rows] of await Promise.all(
    missing.map(async (span) => [span, await rowsFromParts(store, span)] as const),
  ))
    bySpan.set(span, rows);
  return spansOf.map((own) => sumRows(own.map((span) => bySpan.get(span)!)));
}

/** The overview rows this process keeps of each span, with their version; never changed once kept. */
type KeptRows = Map<string, { version: string; rows: Rows }>;

/** Past this many spans kept, all are forgotten: the default overview touches 12, a few other periods a dozen more. */
const maxKeptSpans = 48;

function keptRowsOf(store: Store): KeptRows {
  const kept = (store.kept ??= new Map());
  let rows = kept.get('overview-rows') as KeptRows | undefined;
  if (!rows) kept.set('overview-rows', (rows = new Map()));
  return rows;
}

function keepRows(kept: KeptRows, span: string, version: string, rows: Rows): void {
  if (kept.size >= maxKeptSpans && !kept.has(span)) kept.clear();
  kept.set(span, { version, rows });
}

const isMonth = (span: string) => /^\d{4}-\d{2}$/.test(span);

/** A span's rows made up from its parts, for a span whose own item cannot answer. */
export async function rowsFromParts(store: Store, span: string, consistent = false): Promise<Rows> {
  if (isMonth(span)) return rowsOfRollups(await readMonthOfSignatories(store, span, false, consistent));
  return sumRows((await readRows(store, monthsOfQuarterSpan(span), consistent)).values());
}

/** Rows of disjoint spans added up, signatory by signatory. */
export function sumRows(parts: Iterable<Rows>): Rows {
  const sum: Rows = new Map();
  for (const rows of parts) {
    for (const [id, vector] of rows) {
      let into = sum.get(id);
      if (!into) sum.set(id, (into = []));
      addRowVectorInto(into, vector);
    }
  }
  return sum;
}

/** Every signatory's standing, by signatory id. */
export async function readStandings(store: Store): Promise<Map<string, Standing>> {
  const out = new Map<string, Standing>();
  for (const [id, item] of await listStandingItems(store)) {
    const standing = standingOf(item);
    if (standing) out.set(id, standing);
  }
  return out;
}

/** One signatory's standing; undefined when none was ever computed. */
export async function readStanding(store: Store, signatoryId: string): Promise<Standing | undefined> {
  return standingOf(await getStandingItem(store, signatoryId));
}
