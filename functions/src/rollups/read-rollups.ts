/**
 * Reading rollups for the metric queries: a signatory's months by key, a whole month
 * (every signatory and the partnership) in one query, and every standing in one query.
 * The number of reads depends on months and signatories only, never on how many
 * records there are. Segments are read only when figures are filtered.
 */
import { emptyMonthRollup, type MonthRollup, type Standing } from '@equal-partners/shared';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll, type Store } from '../table/index.ts';
import { getItems } from './batch-get.ts';
import type { ItemKey } from './guarded-write.ts';
import { rollupOf, standingOf } from './rollup-items.ts';
import {
  monthOfPartition,
  partnershipRollupKeys,
  rollupSegmentKeys,
  signatoryRollupKeys,
  signatoryRollupPrefix,
  standingKeys,
} from './rollup-entity.ts';
import { signatoryIdOf } from '../signatories/signatory-entity.ts';

interface Projection {
  projection: string;
  names: Record<string, string>;
}

const bodyOnly: Projection = { projection: '#pk, #sk, #body', names: { '#pk': 'pk', '#sk': 'sk', '#body': 'body' } };
const segmentsOnly: Projection = {
  projection: '#pk, #sk, #segments',
  names: { '#pk': 'pk', '#sk': 'sk', '#segments': 'segments' },
};

function monthOfKey(pk: unknown): string {
  return monthOfPartition(String(pk));
}

/** Reads rollups by key, with their segments when asked, by month. */
async function rollupsByKey(
  store: Store,
  rollupKeys: { month: string; key: ItemKey }[],
  withSegments: boolean,
): Promise<Map<string, MonthRollup>> {
  const [items, segments] = await Promise.all([
    getItems(
      store,
      rollupKeys.map((r) => r.key),
      bodyOnly,
    ),
    withSegments
      ? getItems(
          store,
          rollupKeys.map((r) => rollupSegmentKeys(r.key) as ItemKey),
          segmentsOnly,
        )
      : Promise.resolve([]),
  ]);
  const segmentsOf = new Map(segments.map((item) => [monthOfKey(item.pk), item]));
  const byMonth = new Map(rollupKeys.map((r) => [r.month, emptyMonthRollup()]));
  for (const item of items) byMonth.set(monthOfKey(item.pk), rollupOf(item, segmentsOf.get(monthOfKey(item.pk))));
  return byMonth;
}

/** One signatory's rollups for the given months; months without one are empty. */
export function readSignatoryRollups(
  store: Store,
  signatoryId: string,
  months: readonly string[],
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const rollupKeys = months.map((month) => ({ month, key: signatoryRollupKeys({ signatoryId, month }) as ItemKey }));
  return rollupsByKey(store, rollupKeys, withSegments);
}

/** The partnership's rollups for the given months; months without one are empty. */
export function readPartnershipRollups(
  store: Store,
  months: readonly string[],
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const rollupKeys = months.map((month) => ({ month, key: partnershipRollupKeys({ month }) as ItemKey }));
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
  const partition = partnershipRollupKeys({ month }).pk;
  const segmentsPrefix = rollupSegmentKeys({ pk: partition, sk: signatoryRollupPrefix }).sk;
  const query = (prefix: string, read: Projection) =>
    queryAll<Record<string, unknown>>(store, {
      KeyConditionExpression: 'pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
      ProjectionExpression: read.projection,
      ExpressionAttributeNames: read.names,
      ...(consistent ? { ConsistentRead: true } : {}),
    });
  const [items, segments] = await Promise.all([
    query(signatoryRollupPrefix, bodyOnly),
    withSegments ? query(segmentsPrefix, segmentsOnly) : Promise.resolve([]),
  ]);
  const segmentsOf = new Map(segments.map((item) => [String(item.sk).slice(segmentsPrefix.length), item]));
  return new Map(
    items.map((item) => {
      const id = signatoryIdOf(String(item.sk));
      return [id, rollupOf(item, segmentsOf.get(id))];
    }),
  );
}

/** Every signatory's standing, by signatory id. */
export async function readStandings(store: Store): Promise<Map<string, Standing>> {
  const items = await queryAll<Record<string, unknown>>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': standingKeys({ signatoryId: '' }).pk },
    ProjectionExpression: '#sk, #body',
    ExpressionAttributeNames: { '#sk': 'sk', '#body': 'body' },
  });
  const out = new Map<string, Standing>();
  for (const item of items) {
    const standing = standingOf(item);
    if (standing) out.set(signatoryIdOf(String(item.sk)), standing);
  }
  return out;
}

export async function readStanding(store: Store, signatoryId: string): Promise<Standing | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: standingKeys({ signatoryId }),
      ProjectionExpression: '#body',
      ExpressionAttributeNames: { '#body': 'body' },
    }),
  );
  return standingOf(Item);
}
