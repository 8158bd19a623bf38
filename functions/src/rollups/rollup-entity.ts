/**
 * The rollup items: a signatory's and the partnership's figures per month, and beside each
 * its totals per channel and audience (its segments item); every signatory's overview row
 * of a month or quarter in one item (the rows, decision 0108); the keys, and every request
 * on them. Each signatory's standing is its own entity (./standing-entity.ts). See
 * docs/data-model.md and decision 0102.
 */
import { type ItemKeys, keyWord } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import { getItems } from '../table/batch-get.ts';
import { claimGeneration, writeIfLatest, type GuardedWrite } from '../table/generations.ts';
import { scanPages } from '../table/scan.ts';
import { signatoryIdOf, signatoryPrefix } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

const rollupPrefix = `${keyWord('ROLLUP', layout)}#`;

/** Every rollup of a month shares one partition, so a month reads in one query; a quarter's rows have their own. */
export const monthPartition = (month: string): string => `${rollupPrefix}${month}`;

/** The month (or, for rows, the quarter) of a rollup partition key. */
export const monthOfPartition = (pk: string): string => pk.slice(rollupPrefix.length);

/** The sort key prefix of the signatories' rollups in a month's partition. */
export const signatoryRollupPrefix = signatoryPrefix;

/** A signatory's monthly rollup. */
export const signatoryRollupKeys = (r: { signatoryId: string; month: string }): ItemKeys => ({
  pk: monthPartition(r.month),
  sk: `${signatoryPrefix}${r.signatoryId}`,
});

/** The partnership's monthly rollup: the sum of its signatories' rollups of that month. */
export const partnershipRollupKeys = (r: { month: string }): ItemKeys => ({
  pk: monthPartition(r.month),
  sk: keyWord('PARTNERSHIP', layout),
});

/**
 * The overview rows of a month or a quarter (`span`, decision 0108): every signatory's
 * rollup of the span cut down to what its row in the overview reads, in one item. A month's
 * sit beside the partnership's rollup of the month and are written with it.
 */
export const rowsKeys = (r: { span: string }): ItemKeys => ({
  pk: monthPartition(r.span),
  sk: keyWord('ROWS', layout),
});

/** A rollup's totals per channel and audience, kept apart so unfiltered reads never load them. */
export const rollupSegmentKeys = (rollup: ItemKeys): ItemKeys => ({
  pk: rollup.pk,
  sk: `${keyWord('SEGMENTS', layout)}#${rollup.sk}`,
});

/** Which of a rollup's two items a read wants: the figures (`body`) or the totals per channel and audience (`segments`). */
export type RollupPart = 'figures' | 'segments';

/** Each part's projection: its keys and its one attribute, never the concurrency counters. */
const projections: Record<RollupPart, { projection: string; names: Record<string, string> }> = {
  figures: { projection: '#pk, #sk, #body', names: { '#pk': 'pk', '#sk': 'sk', '#body': 'body' } },
  segments: { projection: '#pk, #sk, #segments', names: { '#pk': 'pk', '#sk': 'sk', '#segments': 'segments' } },
};

/**
 * The items of the rollups at `rollups` (one per month: a signatory's or the partnership's
 * months), or of their segments, by month; a month with no item is left out. One batched
 * read, eventually consistent.
 */
export async function getRollupsByMonth(
  store: Store,
  rollups: readonly ItemKeys[],
  part: RollupPart,
): Promise<Map<string, Record<string, unknown>>> {
  const keys = rollups.map((key) => (part === 'figures' ? key : rollupSegmentKeys(key)));
  const items = await getItems(
    store,
    keys.map(({ pk, sk }) => ({ pk, sk })),
    projections[part],
  );
  return new Map(items.map((item) => [monthOfPartition(String(item.pk)), item]));
}

/**
 * Every signatory's rollup item of one month, or their segments, by signatory id in id
 * order: one query of the month's partition (the partnership's rollup left out), strongly
 * consistent when asked (a recompute summing them).
 */
export async function listSignatoryRollupsOfMonth(
  store: Store,
  month: string,
  part: RollupPart,
  consistent = false,
): Promise<Map<string, Record<string, unknown>>> {
  const partition = monthPartition(month);
  const prefix =
    part === 'figures' ? signatoryRollupPrefix : rollupSegmentKeys({ pk: partition, sk: signatoryRollupPrefix }).sk;
  const read = projections[part];
  const items = await queryAll<Record<string, unknown>>(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
    ProjectionExpression: read.projection,
    ExpressionAttributeNames: read.names,
    ...(consistent ? { ConsistentRead: true } : {}),
  });
  const idOf = (sk: string) => (part === 'figures' ? signatoryIdOf(sk) : sk.slice(prefix.length));
  return new Map(items.map((item) => [idOf(String(item.sk)), item]));
}

/** Claims the next generation of a rollup's recompute (table/generations.ts), creating its item if needed. */
export function claimRollupGeneration(store: Store, rollup: ItemKeys): Promise<number> {
  return claimGeneration(store, { pk: rollup.pk, sk: rollup.sk });
}

/** Sets `attributes` on a rollup's item unless a recompute of a later generation wrote it first. */
export function writeRollupIfLatest(
  store: Store,
  rollup: ItemKeys,
  generation: number,
  attributes: Record<string, unknown>,
): Promise<GuardedWrite> {
  return writeIfLatest(store, { pk: rollup.pk, sk: rollup.sk }, generation, attributes);
}

/**
 * Sets `attributes` on a rollup's segments item under the generation claimed on the rollup
 * itself, unless a recompute of a later generation wrote it first.
 */
export function writeRollupSegmentsIfLatest(
  store: Store,
  rollup: ItemKeys,
  generation: number,
  attributes: Record<string, unknown>,
): Promise<GuardedWrite> {
  const { pk, sk } = rollupSegmentKeys(rollup);
  return writeIfLatest(store, { pk, sk }, generation, attributes);
}

/**
 * The rows items of the given spans (their text, `rows`), by span; a span with no item is
 * left out. One batched read, strongly consistent when asked (a recompute summing them).
 */
export async function getRowsItems(
  store: Store,
  spans: readonly string[],
  consistent = false,
): Promise<Map<string, Record<string, unknown>>> {
  const items = await getItems(
    store,
    spans.map((span) => rowsKeys({ span })),
    {
      projection: '#pk, #rows, #computed, #computedAt',
      names: { '#pk': 'pk', '#rows': 'rows', '#computed': 'computed', '#computedAt': 'computedAt' },
      consistent,
    },
  );
  return new Map(items.map((item) => [monthOfPartition(String(item.pk)), item]));
}

/**
 * The version of a rows item: the generation and time of its last write (every write of
 * rows sets both, decision 0108), so rows read at one version are the rows of that version.
 */
export const rowsVersion = (item: Record<string, unknown>): string =>
  `${String(item.computed ?? 0)}|${String(item.computedAt ?? '')}`;

/** The version of each span's rows item that exists, by span: a small read, for a reader that keeps rows it read. */
export async function getRowsVersions(store: Store, spans: readonly string[]): Promise<Map<string, string>> {
  const items = await getItems(
    store,
    spans.map((span) => rowsKeys({ span })),
    {
      projection: '#pk, #computed, #computedAt',
      names: { '#pk': 'pk', '#computed': 'computed', '#computedAt': 'computedAt' },
    },
  );
  return new Map(items.map((item) => [monthOfPartition(String(item.pk)), rowsVersion(item)]));
}

/** Claims the next generation of a quarter's rows recompute (a month's rows go with the partnership's rollup). */
export function claimRowsGeneration(store: Store, span: string): Promise<number> {
  return claimGeneration(store, rowsKeys({ span }));
}

/**
 * Sets `attributes` on a span's rows item unless a recompute of a later generation wrote it
 * first: a month's under the generation claimed on the partnership's rollup of the month, a
 * quarter's under its own.
 */
export function writeRowsIfLatest(
  store: Store,
  span: string,
  generation: number,
  attributes: Record<string, unknown>,
): Promise<GuardedWrite> {
  return writeIfLatest(store, rowsKeys({ span }), generation, attributes);
}

/** What the reconcile reads of every item: enough to place it in the buckets it counts in, or to know it for a rollup. */
const bucketAttributes = ['pk', 'sk', 'entity', 'signatoryId', 'date', 'raisedOn', 'month', 'scope'];

/**
 * Every item of the table with only the attributes that place it in a rollup bucket (its
 * keys, entity, signatory and dates, and a rollup's month and scope), one page at a time:
 * one pass finds both the rollups and standings stored and the records they are computed
 * from, so the reconcile also empties a rollup whose records are all gone.
 */
export async function* scanRollupSources(store: Store): AsyncGenerator<Record<string, unknown>> {
  const pages = scanPages(store, {
    ProjectionExpression: bucketAttributes.map((name) => `#${name}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(bucketAttributes.map((name) => [`#${name}`, name])),
  });
  for await (const items of pages) yield* items;
}
