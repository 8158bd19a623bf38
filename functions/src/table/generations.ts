/**
 * Writing a recomputed item so that a slower, older recompute can never overwrite a
 * newer one. Before reading what it computes from, a recompute claims the next
 * generation of its item (an atomic counter on the item); it then writes only if no
 * recompute with a later generation has written already. The recompute holding the
 * latest generation started reading after every change that claimed before it, so the
 * last write always reflects every change delivered so far. The counter is a concurrency
 * token, not a figure: the figures themselves are always recomputed, never added to.
 * The rollups and standings are written this way (rollups/rollup-entity.ts,
 * rollups/standing-entity.ts).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './store.ts';

/** Claims the next generation of the item's recompute, creating the item if needed. */
export async function claimGeneration(store: Store, key: { pk: string; sk: string }): Promise<number> {
  const { Attributes } = await store.client.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: key,
      UpdateExpression: 'ADD #requested :one',
      ExpressionAttributeNames: { '#requested': 'requested' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.requested);
}

/** Whether a guarded write happened, and if so the item as it was before it. */
export type GuardedWrite =
  { written: true; previous: Record<string, unknown> | undefined } | { written: false; previous: undefined };

/** Sets `attributes` on the item unless a later generation was written first. */
export async function writeIfLatest(
  store: Store,
  key: { pk: string; sk: string },
  generation: number,
  attributes: Record<string, unknown>,
): Promise<GuardedWrite> {
  const names: Record<string, string> = { '#computed': 'computed' };
  const values: Record<string, unknown> = { ':generation': generation };
  const sets = ['#computed = :generation'];
  Object.entries(attributes).forEach(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    sets.push(`#a${i} = :a${i}`);
  });
  try {
    const { Attributes } = await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_not_exists(#computed) OR #computed < :generation',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_OLD',
      }),
    );
    return { written: true, previous: Attributes };
  } catch (error) {
    if (
      error instanceof ConditionalCheckFailedException ||
      (error as Error).name === 'ConditionalCheckFailedException'
    ) {
      return { written: false, previous: undefined };
    }
    throw error;
  }
}
