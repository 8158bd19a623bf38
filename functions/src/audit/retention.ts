/**
 * Retention, run with the nightly reconcile: what a deleted record held leaves the audit
 * trail 30 days after its deletion (UK GDPR erasure), and items whose time to live has
 * passed are removed, as DynamoDB's TTL does in AWS and dynalite never does. See
 * docs/decisions/0013.
 */
import { DeleteCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import { timeToLiveAttribute } from '../table/table-definition.ts';
import type { Store } from '../table/index.ts';

/** Days the audit trail keeps what a deleted record held, so a mistaken deletion can still be put right. */
export const deletedRecordImageDays = 30;

export interface RetentionReport {
  /** Deleted records whose content left the audit trail in this run. */
  recordsErased: number;
  /** Audit events whose before and after images were removed. */
  imagesRemoved: number;
  /** Items past their time to live, removed. */
  expiredRemoved: number;
}

type Key = { pk: string; sk: string };

/** Audit events of deletions old enough to erase, and items past their time to live, from one pass over the table. */
async function findDue(store: Store, now: Date): Promise<{ deletions: (Key & { at: string })[]; expired: Key[] }> {
  const cutoff = new Date(now.getTime() - deletedRecordImageDays * 24 * 60 * 60 * 1000).toISOString();
  const found = { deletions: [] as (Key & { at: string })[], expired: [] as Key[] };
  let ExclusiveStartKey: ScanCommandInput['ExclusiveStartKey'];
  do {
    const page = await store.client.send(
      new ScanCommand({
        TableName: store.tableName,
        FilterExpression:
          '(#entity = :audit AND #action = :delete AND attribute_exists(#before) AND #at <= :cutoff) OR #ttl < :now',
        ProjectionExpression: 'pk, sk, #at, #ttl',
        ExpressionAttributeNames: {
          '#entity': 'entity',
          '#action': 'action',
          '#before': 'before',
          '#at': 'at',
          '#ttl': timeToLiveAttribute,
        },
        ExpressionAttributeValues: {
          ':audit': 'audit-event',
          ':delete': 'delete',
          ':cutoff': cutoff,
          ':now': Math.floor(now.getTime() / 1000),
        },
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const key = { pk: String(item.pk), sk: String(item.sk) };
      if (typeof item[timeToLiveAttribute] === 'number') found.expired.push(key);
      else found.deletions.push({ ...key, at: String(item.at) });
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return found;
}

/**
 * Removes the before and after images of every event of a deleted record up to its
 * deletion (a record created again with the same id keeps its new trail), leaving who
 * did what and when. Returns how many events it changed.
 */
async function eraseImages(store: Store, deletion: Key & { at: string }, now: Date): Promise<number> {
  let removed = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        // Audit sort keys start with the event's time: '~' sorts after every event at the deletion's time.
        KeyConditionExpression: 'pk = :pk AND sk < :after',
        FilterExpression: 'attribute_exists(#before) OR attribute_exists(#after)',
        ProjectionExpression: 'pk, sk',
        ExpressionAttributeNames: { '#before': 'before', '#after': 'after' },
        ExpressionAttributeValues: { ':pk': deletion.pk, ':after': `${deletion.at}#~` },
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      await store.client.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'REMOVE #before, #after SET imagesRemovedAt = :now',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#before': 'before', '#after': 'after' },
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      );
      removed += 1;
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return removed;
}

/** Applies the retention rules as of `now`; safe to run again, and to run while the API writes. */
export async function applyRetention(store: Store, now: Date = new Date()): Promise<RetentionReport> {
  const { deletions, expired } = await findDue(store, now);
  let imagesRemoved = 0;
  for (const deletion of deletions) imagesRemoved += await eraseImages(store, deletion, now);
  for (const key of expired) {
    await store.client
      .send(
        new DeleteCommand({
          TableName: store.tableName,
          Key: key,
          // Only if it is still past its time: an item written again since keeps its new life.
          ConditionExpression: '#ttl < :now',
          ExpressionAttributeNames: { '#ttl': timeToLiveAttribute },
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
        }),
      )
      .catch((error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
  }
  return { recordsErased: deletions.length, imagesRemoved, expiredRemoved: expired.length };
}
