/**
 * Create, update and delete for every record kind, with the guarantees the API promises:
 * a create with an existing id and the same content returns the original (a safe retry),
 * with other content it conflicts; updates and deletes check the version (optimistic
 * concurrency) in the write itself, so two racing writers cannot both win.
 * Every successful write is reported to the store's change listener; a batch of creates
 * reports its writes together, once they are all done.
 */
import { isDeepStrictEqual } from 'node:util';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredFields } from '@equal-partners/shared';
import { getItems } from './batch-get.ts';
import { settleEach, writeConcurrency } from './bounded.ts';
import type { ItemChange } from './changes.ts';
import { withoutKeys } from './keys.ts';
import type { RecordKind } from './record-kinds.ts';
import type { Store } from './store.ts';

export type Stored<T> = T & StoredFields;

/** Why a write did not happen; the API turns each into its HTTP status. */
export type WriteRefusal =
  | { reason: 'conflict'; existing: Record<string, unknown> }
  | { reason: 'not-found' }
  | { reason: 'version-mismatch'; current: number };

export class WriteRefused extends Error {
  readonly refusal: WriteRefusal;
  constructor(refusal: WriteRefusal) {
    super(refusal.reason);
    this.refusal = refusal;
  }
}

const stored: (keyof StoredFields)[] = ['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version'];

/** The record's own content, without what the store and server add, for comparing a retried create. */
function content(record: Record<string, unknown>, derived: readonly string[] = []): Record<string, unknown> {
  const copy = { ...record };
  for (const field of [...stored, ...derived]) delete copy[field];
  // Undefined fields are not stored, so they must not count as a difference.
  return JSON.parse(JSON.stringify(copy)) as Record<string, unknown>;
}

/**
 * Whether a create of `input` would repeat the stored record: the same content, leaving out
 * what the store and server add (versions, stamps, derived fields such as a loop's
 * publication). A retried create and the CSV import's preview both ask this.
 */
export function sameContent<T>(kind: RecordKind<T>, stored: object, input: object): boolean {
  const derived = kind.derived?.fields;
  return isDeepStrictEqual(
    content(stored as Record<string, unknown>, derived),
    content(input as Record<string, unknown>, derived),
  );
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException'
  );
}

export async function getRecord<T>(store: Store, kind: RecordKind<T>, id: string): Promise<Stored<T> | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: kind.keyOf(id), ConsistentRead: true }),
  );
  if (!Item || Item.entity !== kind.entity) return undefined;
  return withoutKeys(Item) as Stored<T>;
}

/** A create's outcome, and the change to deliver for it (none for a repeat already delivered). */
interface Put<T> {
  record: Stored<T>;
  created: boolean;
  change?: ItemChange;
}

/**
 * Writes a new record with a conditional put. With its id already taken, the stored record
 * is read: the same content is a repeat (`created: false`), other content a conflict.
 */
async function putNew<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  input: T,
  actor: string,
  now: Date,
): Promise<Put<T>> {
  const at = now.toISOString();
  const record = {
    ...(kind.derived ? kind.derived.apply(input, undefined, at) : input),
    createdAt: at,
    updatedAt: at,
    createdBy: actor,
    updatedBy: actor,
    version: 1,
  } as Stored<T>;
  const item = { ...record, ...kind.keys(record), entity: kind.entity };
  try {
    await store.client.send(
      new PutCommand({ TableName: store.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const existing = await getRecord(store, kind, kind.idOf(input));
    if (existing && sameContent(kind, existing, input)) {
      // The first attempt may have been written without its change delivered (its answer was
      // lost, or the process stopped after the write): deliver it again. What follows a write is
      // safe to run twice (the audit event is keyed by version and action; rollups recompute).
      const change =
        existing.version === 1
          ? {
              keys: kind.keyOf(kind.idOf(input)),
              newImage: { ...existing, ...kind.keys(existing), entity: kind.entity },
            }
          : undefined;
      return { record: existing, created: false, ...(change ? { change } : {}) };
    }
    throw new WriteRefused({ reason: 'conflict', existing: existing ?? {} });
  }
  return { record, created: true, change: { keys: kind.keyOf(kind.idOf(input)), newImage: item } };
}

/** Creates a record. Returns `created: false` with the original when the same content was already created. */
export async function createRecord<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  input: T,
  actor: string,
  now: Date,
): Promise<{ record: Stored<T>; created: boolean }> {
  const { record, created, change } = await putNew(store, kind, input, actor, now);
  if (change) await store.onChange?.([change]);
  return { record, created };
}

/** One record's outcome in a batch: what `createRecord` answers, or why it was refused or failed. */
export type CreateOutcome<T> = PromiseSettledResult<{ record: Stored<T>; created: boolean }>;

/**
 * Creates many records, each exactly as `createRecord` creates one (a conditional put: the
 * same content again is unchanged, other content a conflict), `writeConcurrency` at a time.
 * A record whose id an earlier one of the batch has is written after it, so the first
 * stands as it would one by one. What changed is delivered to the store's listener once,
 * after the writes, so what follows them (audit, rollups) runs once for the batch
 * (docs/decisions/0109). Each outcome stands for its own record: a refusal
 * (`WriteRefused`) or a failed write rejects that record alone; the whole call rejects
 * only when the delivery fails, after every write.
 */
export async function createRecords<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  inputs: readonly T[],
  actor: string,
  now: Date,
): Promise<CreateOutcome<T>[]> {
  // The n-th record of the batch with a given id goes in the n-th wave.
  const waves: number[][] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const wave = seen.get(kind.idOf(input)) ?? 0;
    seen.set(kind.idOf(input), wave + 1);
    (waves[wave] ??= []).push(index);
  });
  const outcomes: PromiseSettledResult<Put<T>>[] = new Array(inputs.length);
  for (const wave of waves) {
    const settled = await settleEach(wave, writeConcurrency, (index) =>
      putNew(store, kind, inputs[index]!, actor, now),
    );
    wave.forEach((index, n) => (outcomes[index] = settled[n]!));
  }
  const changes = new Map<string, ItemChange>();
  for (const outcome of outcomes) {
    const change = outcome.status === 'fulfilled' ? outcome.value.change : undefined;
    if (change && !changes.has(`${change.keys.pk}\u0000${change.keys.sk}`))
      changes.set(`${change.keys.pk}\u0000${change.keys.sk}`, change);
  }
  if (changes.size > 0) await store.onChange?.([...changes.values()]);
  return outcomes.map((outcome) =>
    outcome.status === 'fulfilled'
      ? { status: 'fulfilled', value: { record: outcome.value.record, created: outcome.value.created } }
      : outcome,
  );
}

/** An update's outcome, and the change to deliver for it. */
interface Replaced<T> {
  record: Stored<T>;
  before: Stored<T>;
  change: ItemChange;
}

/** Writes `input` over the record `id` with a put conditional on its version still being `expectedVersion`. */
async function putOver<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  id: string,
  input: T,
  expectedVersion: number,
  actor: string,
  now: Date,
): Promise<Replaced<T>> {
  const before = await getRecord(store, kind, id);
  if (!before) throw new WriteRefused({ reason: 'not-found' });
  if (before.version !== expectedVersion)
    throw new WriteRefused({ reason: 'version-mismatch', current: before.version });
  const record = {
    ...(kind.derived ? kind.derived.apply(input, before, now.toISOString()) : input),
    createdAt: before.createdAt,
    createdBy: before.createdBy,
    updatedAt: now.toISOString(),
    updatedBy: actor,
    version: expectedVersion + 1,
  } as Stored<T>;
  const item = { ...record, ...kind.keys(record), entity: kind.entity };
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: item,
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': expectedVersion },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const current = await getRecord(store, kind, id);
    throw new WriteRefused(
      current ? { reason: 'version-mismatch', current: current.version } : { reason: 'not-found' },
    );
  }
  const beforeItem = { ...before, ...kind.keys(before), entity: kind.entity };
  return { record, before, change: { keys: kind.keyOf(id), oldImage: beforeItem, newImage: item } };
}

/** Replaces a record whose stored version is `expectedVersion`. */
export async function updateRecord<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  id: string,
  input: T,
  expectedVersion: number,
  actor: string,
  now: Date,
): Promise<{ record: Stored<T>; before: Stored<T> }> {
  const { record, before, change } = await putOver(store, kind, id, input, expectedVersion, actor, now);
  await store.onChange?.([change]);
  return { record, before };
}

/** One record of a batch of updates: its id, its new content and the version it replaces. */
export interface RecordUpdate<T> {
  id: string;
  input: T;
  expectedVersion: number;
}

/**
 * Replaces many records, each exactly as `updateRecord` replaces one (a put conditional on
 * its version), `writeConcurrency` at a time, each id once. What changed is delivered to
 * the store's listener once, after the writes, as `createRecords` does (docs/decisions/0109).
 * Each outcome stands for its own record: a refusal (`WriteRefused`) or a failed write
 * rejects that record alone.
 */
export async function updateRecords<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  updates: readonly RecordUpdate<T>[],
  actor: string,
  now: Date,
): Promise<PromiseSettledResult<{ record: Stored<T> }>[]> {
  const outcomes = await settleEach(updates, writeConcurrency, ({ id, input, expectedVersion }) =>
    putOver(store, kind, id, input, expectedVersion, actor, now),
  );
  const changes = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.change] : []));
  if (changes.length > 0) await store.onChange?.(changes);
  return outcomes.map((outcome) =>
    outcome.status === 'fulfilled' ? { status: 'fulfilled', value: { record: outcome.value.record } } : outcome,
  );
}

/** The stored records with `ids`, by id (each read once, strongly consistent); an id with none is left out. */
export async function getRecords<T>(
  store: Store,
  kind: RecordKind<T>,
  ids: readonly string[],
): Promise<Map<string, Stored<T>>> {
  const items = await getItems(
    store,
    ids.map((id) => kind.keyOf(id)),
    { consistent: true },
  );
  const records = items.filter((item) => item.entity === kind.entity).map((item) => withoutKeys(item) as Stored<T>);
  return new Map(records.map((record) => [kind.idOf(record), record]));
}

/** Deletes the record `id` at `expectedVersion` (its stored version when not given), and answers what it held and the change. */
async function removeOne<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  id: string,
  expectedVersion: number | undefined,
  actor: string,
  now: Date,
): Promise<{ before: Stored<T>; change: ItemChange }> {
  const before = await getRecord(store, kind, id);
  if (!before) throw new WriteRefused({ reason: 'not-found' });
  const version = expectedVersion ?? before.version;
  if (before.version !== version) throw new WriteRefused({ reason: 'version-mismatch', current: before.version });
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: kind.keyOf(id),
        UpdateExpression: 'SET deletedBy = :actor, deletedAt = :at',
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':actor': actor, ':at': now.toISOString(), ':expected': version },
      }),
    );
    const { Attributes } = await store.client.send(
      new DeleteCommand({
        TableName: store.tableName,
        Key: kind.keyOf(id),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': version },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return { before, change: { keys: kind.keyOf(id), ...(Attributes ? { oldImage: Attributes } : {}) } };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new WriteRefused({ reason: 'version-mismatch', current: (await getRecord(store, kind, id))?.version ?? 0 });
  }
}

/**
 * Deletes a record, checking its version when one is given. The delete is first
 * recorded on the item (who and when), so the change carries who deleted it.
 */
export async function deleteRecord<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  id: string,
  expectedVersion: number | undefined,
  actor: string,
  now: Date,
): Promise<Stored<T>> {
  const { before, change } = await removeOne(store, kind, id, expectedVersion, actor, now);
  await store.onChange?.([change]);
  return before;
}

/**
 * Deletes many records, each exactly as `deleteRecord` deletes one (conditional on its
 * version), `writeConcurrency` at a time. What changed is delivered to the store's listener
 * once, after the deletes, as `createRecords` does (docs/decisions/0109).
 */
export async function deleteRecords<T extends object>(
  store: Store,
  kind: RecordKind<T>,
  deletions: readonly { id: string; expectedVersion: number }[],
  actor: string,
  now: Date,
): Promise<PromiseSettledResult<Stored<T>>[]> {
  const outcomes = await settleEach(deletions, writeConcurrency, ({ id, expectedVersion }) =>
    removeOne(store, kind, id, expectedVersion, actor, now),
  );
  const changes = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.change] : []));
  if (changes.length > 0) await store.onChange?.(changes);
  return outcomes.map((outcome) =>
    outcome.status === 'fulfilled' ? { status: 'fulfilled', value: outcome.value.before } : outcome,
  );
}
