/**
 * An import in progress (docs/decisions/0113): one head item that says where the import
 * stands, and the checked rows it is to write in parts of at most `maxPartBytes` under the
 * same partition, written before the head so whoever sees the head finds every part. The
 * head's first write is what starts the import: the table's stream hands it to the jobs
 * function in AWS; locally the change listener runs the same job. DynamoDB's TTL removes
 * the items a week after the import began. See docs/data-model.md.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type ItemKeys, keyWord, primaryKey } from '../table/keys.ts';
import type { ItemChange } from '../table/changes.ts';
import type { Store } from '../table/store.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

const importWord = keyWord('IMPORT', layout);

export const importKeys = (i: { id: string }): ItemKeys => ({ pk: `${importWord}#${i.id}`, sk: importWord });
export const importPartKeys = (p: { id: string; part: number }): ItemKeys => ({
  pk: `${importWord}#${p.id}`,
  sk: `${keyWord('PART', layout)}#${String(p.part).padStart(4, '0')}`,
});

/** The entity name the head carries: the stream filter and the change listener pick imports out by it. */
export const importEntity = 'import';

/** How long an import's items are kept, in seconds. */
const keptFor = 7 * 24 * 60 * 60;

/** The most a part holds, as JSON: well inside DynamoDB's 400 KB item. */
export const maxPartBytes = 256 * 1024;

/** Where an import stands: waiting for the job, being written, being taken back, or done either way. */
export type ImportState = 'pending' | 'writing' | 'undoing' | 'complete' | 'failed';

/** Why an import failed: a record changed while it was written, the store failed, or time ran out. */
export type ImportFailure = 'changed-meanwhile' | 'store-failed' | 'out-of-time';

/** An update of an import: the record to write over the stored one, and the stored one, to put back on failure. */
export interface ImportUpdate {
  id: string;
  input: Record<string, unknown>;
  expectedVersion: number;
  before: Record<string, unknown>;
}

/** One part of an import's rows. */
export interface ImportPart {
  creates: Record<string, unknown>[];
  updates: ImportUpdate[];
}

/** The head: what was imported, by whom, and where the import stands. */
export interface ImportHead {
  id: string;
  /** The resource's path: `activities` or `loops`. */
  resource: string;
  actor: string;
  /** When the import began: every record it writes carries this stamp. */
  startedAt: string;
  rows: number;
  /** Rows already stored with the same content: nothing to write. */
  unchanged: number;
  parts: number;
  state: ImportState;
  result?: { created: number; updated: number; unchanged: number };
  failure?: ImportFailure;
  finishedAt?: string;
}

const expiry = (startedAt: string) => Math.ceil(Date.parse(startedAt) / 1000) + keptFor;

/** Cuts the rows into parts of at most `maxPartBytes` each. */
export function intoParts(creates: Record<string, unknown>[], updates: ImportUpdate[]): ImportPart[] {
  const parts: ImportPart[] = [];
  let part: ImportPart = { creates: [], updates: [] };
  let bytes = 0;
  const add = (size: number, put: (p: ImportPart) => void) => {
    if (bytes + size > maxPartBytes && bytes > 0) {
      parts.push(part);
      part = { creates: [], updates: [] };
      bytes = 0;
    }
    put(part);
    bytes += size;
  };
  for (const create of creates) add(JSON.stringify(create).length, (p) => p.creates.push(create));
  for (const update of updates) add(JSON.stringify(update).length, (p) => p.updates.push(update));
  if (bytes > 0 || parts.length === 0) parts.push(part);
  return parts;
}

/**
 * Stores a new import: its parts, then its head as `pending`. Returns the head's change
 * for the store's listener (locally, what starts the job). Refuses an id already taken.
 */
export async function putImport(store: Store, head: ImportHead, parts: readonly ImportPart[]): Promise<ItemChange> {
  const expiresAt = expiry(head.startedAt);
  for (const [part, rows] of parts.entries()) {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...importPartKeys({ id: head.id, part }),
          entity: 'import-part',
          ...rows,
          [timeToLiveAttribute]: expiresAt,
        },
      }),
    );
  }
  const item = { ...importKeys(head), entity: importEntity, ...head, [timeToLiveAttribute]: expiresAt };
  await store.client.send(
    new PutCommand({ TableName: store.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
  );
  return { keys: importKeys(head), newImage: item };
}

/** The import's head, read consistently, or `undefined` when there is none. */
export async function getImport(store: Store, id: string): Promise<ImportHead | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: primaryKey(importKeys({ id })), ConsistentRead: true }),
  );
  if (!Item || Item.entity !== importEntity) return undefined;
  const { pk: _pk, sk: _sk, entity: _entity, [timeToLiveAttribute]: _ttl, ...head } = Item;
  return head as ImportHead;
}

/** Every part of the import, in order. */
export async function getImportParts(store: Store, id: string): Promise<ImportPart[]> {
  const { pk, sk } = importPartKeys({ id, part: 0 });
  const parts: ImportPart[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :part)',
        ExpressionAttributeValues: { ':pk': pk, ':part': sk.slice(0, sk.indexOf('#') + 1) },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? [])
      parts.push({
        creates: (item.creates ?? []) as ImportPart['creates'],
        updates: (item.updates ?? []) as ImportUpdate[],
      });
    start = page.LastEvaluatedKey;
  } while (start);
  return parts;
}

/**
 * Moves the import from one of `from` to `to`, with what it says of the outcome. `false`
 * when the import was not in one of those states (another run moved it first).
 */
export async function moveImport(
  store: Store,
  id: string,
  from: readonly ImportState[],
  to: ImportState,
  said: Pick<ImportHead, 'result' | 'failure' | 'finishedAt'> = {},
): Promise<boolean> {
  const values: Record<string, unknown> = { ':to': to };
  const names: Record<string, string> = { '#state': 'state' };
  const sets = ['#state = :to'];
  for (const [name, value] of Object.entries(said)) {
    if (value === undefined) continue;
    sets.push(`#${name} = :${name}`);
    names[`#${name}`] = name;
    values[`:${name}`] = value;
  }
  from.forEach((state, n) => (values[`:from${n}`] = state));
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(importKeys({ id })),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: `#state IN (${from.map((_, n) => `:from${n}`).join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
