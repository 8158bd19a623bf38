/**
 * The standing item: a signatory's overdue loops and latest scores, recomputed from all
 * its loops and assessments. Every signatory's standing is in one partition, read
 * together; the keys, and every request on them. See docs/data-model.md.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type ItemKeys, keyWord } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import { claimGeneration, writeIfLatest, type GuardedWrite } from '../table/generations.ts';
import { signatoryIdOf, signatoryPrefix } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** The partition holding every signatory's standing. */
export const standingPartition = keyWord('STANDING', layout);

/** A signatory's standing (overdue loops, latest scores); all in one partition, read together. */
export const standingKeys = (s: { signatoryId: string }): ItemKeys => ({
  pk: standingPartition,
  sk: `${signatoryPrefix}${s.signatoryId}`,
});

/** One signatory's standing item, its figures (`body`) only; undefined when none was ever computed. */
export async function getStandingItem(store: Store, signatoryId: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: standingKeys({ signatoryId }),
      ProjectionExpression: '#body',
      ExpressionAttributeNames: { '#body': 'body' },
    }),
  );
  return Item;
}

/** Every signatory's standing item, its sort key and figures (`body`) only, by signatory id in id order: one query. */
export async function listStandingItems(store: Store): Promise<Map<string, Record<string, unknown>>> {
  const items = await queryAll<Record<string, unknown>>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': standingPartition },
    ProjectionExpression: '#sk, #body',
    ExpressionAttributeNames: { '#sk': 'sk', '#body': 'body' },
  });
  return new Map(items.map((item) => [signatoryIdOf(String(item.sk)), item]));
}

/** Claims the next generation of a signatory's standing recompute (table/generations.ts), creating its item if needed. */
export function claimStandingGeneration(store: Store, signatoryId: string): Promise<number> {
  return claimGeneration(store, standingKeys({ signatoryId }));
}

/** Sets `attributes` on a signatory's standing unless a recompute of a later generation wrote it first. */
export function writeStandingIfLatest(
  store: Store,
  signatoryId: string,
  generation: number,
  attributes: Record<string, unknown>,
): Promise<GuardedWrite> {
  return writeIfLatest(store, standingKeys({ signatoryId }), generation, attributes);
}
