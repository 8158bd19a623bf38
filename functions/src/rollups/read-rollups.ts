/**
 * Reading rollups for the metric queries: a signatory's months by key, a whole month
 * (every signatory and the partnership) in one query, and every standing in one query.
 * The number of reads depends on months and signatories only, never on how many
 * records there are. Segments are read only when figures are filtered.
 */
import { emptyMonthRollup, type MonthRollup, type Standing } from '@equal-partners/shared';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys, queryAll, type Store } from '../store/index.ts';
import { getItems } from './batch-get.ts';
import { rollupOf, standingOf } from './rollup-items.ts';

/** Rollup attributes to read; `segments` is a reserved word, so every name goes through a placeholder. */
function projection(withSegments: boolean) {
  return {
    projection: withSegments ? '#pk, #sk, #body, #segments' : '#pk, #sk, #body',
    names: {
      '#pk': 'pk',
      '#sk': 'sk',
      '#body': 'body',
      ...(withSegments ? { '#segments': 'segments' } : {}),
    } as Record<string, string>,
  };
}

function monthOfKey(pk: unknown): string {
  return String(pk).slice('ROLLUP#'.length);
}

/** One signatory's rollups for the given months; months without one are empty. */
export async function readSignatoryRollups(
  store: Store,
  signatoryId: string,
  months: readonly string[],
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const items = await getItems(
    store,
    months.map((month) => keys.signatoryRollup({ signatoryId, month }) as { pk: string; sk: string }),
    projection(withSegments),
  );
  const byMonth = new Map(months.map((m) => [m, emptyMonthRollup()]));
  for (const item of items) byMonth.set(monthOfKey(item.pk), rollupOf(item));
  return byMonth;
}

/** The partnership's rollups for the given months; months without one are empty. */
export async function readPartnershipRollups(
  store: Store,
  months: readonly string[],
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const items = await getItems(
    store,
    months.map((month) => keys.partnershipRollup({ month }) as { pk: string; sk: string }),
    projection(withSegments),
  );
  const byMonth = new Map(months.map((m) => [m, emptyMonthRollup()]));
  for (const item of items) byMonth.set(monthOfKey(item.pk), rollupOf(item));
  return byMonth;
}

/** Every signatory's rollup of one month, by signatory id. */
export async function readMonthOfSignatories(
  store: Store,
  month: string,
  withSegments = false,
): Promise<Map<string, MonthRollup>> {
  const items = await queryAll<Record<string, unknown>>(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :signatory)',
    ExpressionAttributeValues: { ':pk': keys.partnershipRollup({ month }).pk, ':signatory': 'SIGNATORY#' },
    ProjectionExpression: projection(withSegments).projection,
    ExpressionAttributeNames: projection(withSegments).names,
  });
  return new Map(items.map((item) => [String(item.sk).slice('SIGNATORY#'.length), rollupOf(item)]));
}

/** Every signatory's standing, by signatory id. */
export async function readStandings(store: Store): Promise<Map<string, Standing>> {
  const items = await queryAll<Record<string, unknown>>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.standing({ signatoryId: '' }).pk },
    ProjectionExpression: '#sk, #body',
    ExpressionAttributeNames: { '#sk': 'sk', '#body': 'body' },
  });
  const out = new Map<string, Standing>();
  for (const item of items) {
    const standing = standingOf(item);
    if (standing) out.set(String(item.sk).slice('SIGNATORY#'.length), standing);
  }
  return out;
}

export async function readStanding(store: Store, signatoryId: string): Promise<Standing | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.standing({ signatoryId }),
      ProjectionExpression: '#body',
      ExpressionAttributeNames: { '#body': 'body' },
    }),
  );
  return standingOf(Item);
}
