/**
 * Reading rollups for the metric queries: a signatory's months by key, a whole month
 * (every signatory and the partnership) in one query, and every standing in one query.
 * The number of reads depends on months and signatories only, never on how many
 * records there are. Segments are read only when figures are filtered. The requests are
 * the entity modules' (./rollup-entity.ts, ./standing-entity.ts); this module turns
 * their items into figures.
 */
import { emptyMonthRollup, type MonthRollup, type Standing } from '@equal-partners/shared';
import type { ItemKeys } from '../table/keys.ts';
import type { Store } from '../table/store.ts';
import { monthRowsOf, rollupOf, standingOf } from './rollup-items.ts';
import {
  getMonthRowsItems,
  getRollupsByMonth,
  listSignatoryRollupsOfMonth,
  partnershipRollupKeys,
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
 * Every signatory's overview row rollup for each of the given months (decision 0108), by
 * month then signatory id, from one batched read of the months' rows items. A month whose
 * rows item is missing (written before rows were kept, until reconcile builds it) or did
 * not fit in one item is read from its signatories' rollups instead, which give the same
 * rows.
 */
export async function readMonthRows(
  store: Store,
  months: readonly string[],
): Promise<Map<string, Map<string, MonthRollup>>> {
  const items = await getMonthRowsItems(store, months);
  const rows = new Map(months.map((month) => [month, monthRowsOf(items.get(month))] as const));
  const missing = months.filter((month) => rows.get(month) === undefined);
  const fallback = await Promise.all(missing.map((month) => readMonthOfSignatories(store, month)));
  missing.forEach((month, i) => rows.set(month, fallback[i]!));
  return rows as Map<string, Map<string, MonthRollup>>;
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
