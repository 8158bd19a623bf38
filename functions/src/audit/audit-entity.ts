/**
 * The audit event item: one per change of a record, in the record's trail and listed by
 * month for exports; the keys, the item <-> event codec, and every request on audit events
 * (recording, reading a trail or a month's changes, and the retention rules' reads,
 * updates and deletes). See docs/data-model.md.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { scanPages } from '../table/scan.ts';
import { queryAll, type Store } from '../table/store.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export interface AuditEvent {
  entity: string;
  recordId: string;
  action: 'create' | 'update' | 'delete';
  at: string;
  by: string;
  version: number;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** When the images were removed, 30 days after the record was deleted (./retention.ts). */
  imagesRemovedAt?: string;
}

export interface AuditEventKey {
  entity: string;
  id: string;
  at: string;
  version: number;
  action: string;
}

/** The partition of one record's trail. */
export const auditTrailPartition = (entity: string, id: string): string =>
  `${keyWord('AUDIT', layout)}#${entity}#${id}`;

/** The gsi1 partition listing every change of a month (`YYYY-MM`), for exports. */
export const changesOfMonth = (month: string): string => `${keyWord('CHANGES', layout)}#${month}`;

/** The gsi1 keys list every change by month, for exports. */
export const auditEventKeys = (e: AuditEventKey): ItemKeys => ({
  pk: auditTrailPartition(e.entity, e.id),
  sk: `${e.at}#v${String(e.version).padStart(6, '0')}#${e.action}`,
  gsi1pk: changesOfMonth(e.at.slice(0, 7)),
  gsi1sk: `${e.at}#${e.entity}#${e.id}`,
});

type StoredEvent = AuditEvent & { recordEntity?: string };

/** The event an item holds: `entity` marks the item kind in the table, so the audited record's kind is kept as `recordEntity`. */
function eventOf(item: StoredEvent): AuditEvent {
  const { recordEntity, ...event } = withoutKeys(item);
  return { ...event, entity: String(recordEntity) };
}

/**
 * Records one event, unless the same record's event of that version and action is already
 * recorded: the first delivery stands, so a change delivered again never brings back what
 * the trail no longer holds. Returns whether it was written.
 */
export async function putAuditEvent(store: Store, event: AuditEvent): Promise<boolean> {
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...event,
          recordEntity: event.entity,
          ...auditEventKeys({ ...event, id: event.recordId }),
          entity: 'audit-event',
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (
      !(error instanceof ConditionalCheckFailedException) &&
      (error as Error).name !== 'ConditionalCheckFailedException'
    )
      throw error;
    return false;
  }
}

/** Every event of one record's trail, oldest first: one query of its partition. */
export async function auditTrail(store: Store, entity: string, id: string): Promise<AuditEvent[]> {
  const items = await queryAll<StoredEvent>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': auditTrailPartition(entity, id) },
  });
  return items.map(eventOf);
}

/** Every event of one month (`YYYY-MM`) at or after `since` (an ISO time), oldest first: one query of gsi1. */
export async function listChangesOfMonth(store: Store, month: string, since: string): Promise<AuditEvent[]> {
  const items = await queryAll<StoredEvent>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk >= :since',
    ExpressionAttributeValues: { ':pk': changesOfMonth(month), ':since': since },
  });
  return items.map(eventOf);
}

/**
 * Rewrites the before and after images of every event in one record's trail: `rewrite`
 * returns the new image, or undefined to leave the image as it is. Each event with an
 * image rewritten is put back whole; returns how many were.
 */
export async function rewriteTrailImages(
  store: Store,
  entity: string,
  id: string,
  rewrite: (image: Record<string, unknown>) => Record<string, unknown> | undefined,
): Promise<number> {
  const items = await queryAll<Record<string, unknown>>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': auditTrailPartition(entity, id) },
  });
  let changed = 0;
  for (const item of items) {
    const rewritten = { ...item };
    let found = false;
    for (const image of ['before', 'after'] as const) {
      const value = item[image];
      if (!value || typeof value !== 'object') continue;
      const record = rewrite(value as Record<string, unknown>);
      if (record === undefined) continue;
      rewritten[image] = record;
      found = true;
    }
    if (!found) continue;
    await store.client.send(new PutCommand({ TableName: store.tableName, Item: rewritten }));
    changed += 1;
  }
  return changed;
}

/** An item's primary key, as the retention rules pass it back. */
export interface TableKey {
  pk: string;
  sk: string;
}

/** The event of a record's deletion, by its key and time. */
export type DeletionEvent = TableKey & { at: string };

/**
 * What the retention rules have to do as of `now`, from one pass over the table: the
 * events of deletions at or before `cutoff` whose images are still held, and every item
 * (of any kind) whose time to live has passed.
 */
export async function findRetentionDue(
  store: Store,
  cutoff: string,
  now: Date,
): Promise<{ deletions: DeletionEvent[]; expired: TableKey[] }> {
  const found = { deletions: [] as DeletionEvent[], expired: [] as TableKey[] };
  const pages = scanPages(store, {
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
  });
  for await (const items of pages) {
    for (const item of items) {
      const key = { pk: String(item.pk), sk: String(item.sk) };
      if (typeof item[timeToLiveAttribute] === 'number') found.expired.push(key);
      else found.deletions.push({ ...key, at: String(item.at) });
    }
  }
  return found;
}

/**
 * Removes the before and after images of every event of a deleted record up to its
 * deletion (a record created again with the same id keeps its new trail), leaving who
 * did what and when, stamped with `imagesRemovedAt`. Returns how many events it changed.
 */
export async function eraseTrailImages(store: Store, deletion: DeletionEvent, now: Date): Promise<number> {
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

/**
 * Deletes an item found past its time to live, as DynamoDB's TTL does in AWS (dynalite has
 * none), but only if it still is: an item written again since keeps its new life.
 */
export async function deleteIfExpired(store: Store, key: TableKey, now: Date): Promise<void> {
  await store.client
    .send(
      new DeleteCommand({
        TableName: store.tableName,
        Key: key,
        ConditionExpression: '#ttl < :now',
        ExpressionAttributeNames: { '#ttl': timeToLiveAttribute },
        ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
      }),
    )
    .catch((error: Error) => {
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
}
