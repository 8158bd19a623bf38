/**
 * The API key item: under the SHA-256 of the key (the table never holds the key itself),
 * listed by its visible prefix for its signatory (gsi1) and for the partnership (gsi2).
 * See docs/data-model.md.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { apiKeySummary, type ApiKeySummary } from '@equal-partners/shared';
import { signatoryRecords } from '../signatories/signatory-entity.ts';
import { listRecords } from '../table/lists.ts';
import { type ItemKeys, keyWord, primaryKey, withoutKeys } from '../table/keys.ts';
import type { Store } from '../table/store.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export const apiKeyList = keyWord('APIKEYS', layout);

const apiKeyWord = keyWord('APIKEY', layout);
const apiKeyPrefix = `${apiKeyWord}#`;

/** The hash of an API key from its item's partition key (the item holds no other copy of it). */
export const apiKeyHashOf = (pk: string): string => pk.slice(apiKeyPrefix.length);

export const apiKeyKeys = (k: { hash: string; signatoryId: string; prefix: string }): ItemKeys => ({
  pk: `${apiKeyPrefix}${k.hash}`,
  sk: apiKeyWord,
  gsi1pk: signatoryRecords(k.signatoryId, apiKeyList),
  gsi1sk: k.prefix,
  gsi2pk: apiKeyList,
  gsi2sk: k.prefix,
});

/** The primary key of the key whose hash is `hash` (its list keys need more than the hash). */
const keyOf = (hash: string) => primaryKey(apiKeyKeys({ hash, signatoryId: '', prefix: '' }));

/** How many keys a list answers: every key a partnership is expected to have, in one page. */
const listLimit = 200;

/** A key's summary from its item: the item without its keys, version and stamps of its last change. */
const summaryOf = (item: Record<string, unknown>): ApiKeySummary => apiKeySummary.parse(withoutKeys(item));

/**
 * Stores a key just issued, under `hash`, at version 1. Refuses to replace a key with the
 * same hash: the write fails with a ConditionalCheckFailedException.
 */
export async function createApiKey(store: Store, hash: string, key: ApiKeySummary): Promise<void> {
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...key,
        ...apiKeyKeys({ hash, signatoryId: key.signatoryId, prefix: key.prefix }),
        entity: 'api-key',
        version: 1,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/**
 * The key whose hash is `hash`, as stored and without its keys (`revoked`, `signatoryId`,
 * `lastUsedAt`, ...), or `undefined` when there is none. An eventually consistent read, as
 * every request signed in with a key makes.
 */
export async function getApiKey(store: Store, hash: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await store.client.send(new GetCommand({ TableName: store.tableName, Key: keyOf(hash) }));
  return Item ? withoutKeys(Item) : undefined;
}

/**
 * Records that the key whose hash is `hash` was used at `at` (an ISO time), unless its
 * `lastUsedAt` is already later than `cutoff`: of requests that read the same old time at
 * once, only the first writes it. Whether this one wrote it; a key that no longer exists
 * is not written.
 */
export async function recordApiKeyUse(store: Store, hash: string, at: string, cutoff: string): Promise<boolean> {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keyOf(hash),
        UpdateExpression: 'SET lastUsedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt <= :cutoff)',
        ExpressionAttributeValues: { ':now': at, ':cutoff': cutoff },
      }),
    );
    return true;
  } catch (error) {
    const lost =
      error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException';
    if (!lost) throw error;
    return false;
  }
}

/** The keys of one signatory (gsi1), by prefix: the first 200, as summaries. */
export async function listApiKeysOfSignatory(store: Store, signatoryId: string): Promise<ApiKeySummary[]> {
  const page = await listRecords<Record<string, unknown>>(store, {
    index: 'gsi1',
    partition: signatoryRecords(signatoryId, apiKeyList),
    limit: listLimit,
  });
  return page.items.map(summaryOf);
}

/** Every key of the partnership (gsi2), by prefix: the first 200, as summaries. */
export async function listApiKeysOfPartnership(store: Store): Promise<ApiKeySummary[]> {
  const page = await listRecords<Record<string, unknown>>(store, {
    index: 'gsi2',
    partition: apiKeyList,
    limit: listLimit,
  });
  return page.items.map(summaryOf);
}

/**
 * Marks the key whose visible prefix is `prefix` revoked at `at` (an ISO time) by `actor`,
 * one version on from the stored one. `false`, having written nothing, when there is no
 * such key.
 */
export async function markApiKeyRevoked(store: Store, prefix: string, at: string, actor: string): Promise<boolean> {
  const found = await store.client.send(
    new QueryCommand({
      TableName: store.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk = :prefix',
      ExpressionAttributeValues: { ':pk': apiKeyList, ':prefix': prefix },
    }),
  );
  const item = found.Items?.[0] as { pk: string; sk: string } | undefined;
  if (!item) return false;
  const { Item: current } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: { pk: item.pk, sk: item.sk } }),
  );
  await store.client.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: 'SET revoked = :yes, revokedAt = :now, updatedBy = :actor, updatedAt = :now, version = :next',
      ExpressionAttributeValues: {
        ':yes': true,
        ':now': at,
        ':actor': actor,
        ':next': Number(current?.version ?? 1) + 1,
      },
    }),
  );
  return true;
}
