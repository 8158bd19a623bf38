/**
 * The web session item: a signed-in person's session on the web, under the SHA-256 of the
 * random id in their cookie, so the table never holds an id that would open the session.
 * DynamoDB's TTL removes it after its end. See docs/data-model.md.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type ItemKeys, keyWord, primaryKey } from '../table/keys.ts';
import type { Store } from '../table/store.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export const webSessionKeys = (s: { hash: string }): ItemKeys => ({
  pk: `${keyWord('SESSION', layout)}#${s.hash}`,
  sk: keyWord('SESSION', layout),
});

/** What the table holds of a session: everything but the id that opens it. */
export interface StoredWebSession {
  token: string;
  refreshToken?: string;
  name: string;
  createdAt: string;
  expiresAt: string;
}

const keyOf = (hash: string) => primaryKey(webSessionKeys({ hash }));

/**
 * Stores a new session under `hash`, for DynamoDB's TTL to remove after its `expiresAt`.
 * Refuses to replace a session with the same hash: the write fails with a
 * ConditionalCheckFailedException.
 */
export async function createWebSession(store: Store, hash: string, session: StoredWebSession): Promise<void> {
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...webSessionKeys({ hash }),
        entity: 'web-session',
        ...session,
        [timeToLiveAttribute]: Math.ceil(Date.parse(session.expiresAt) / 1000),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/**
 * The session stored under `hash`, or `undefined` when there is none or its item has no
 * token or end. A consistent read, so a session just started or ended is seen at once.
 * Its end is not checked here: an expired item may still be found before the TTL removes it.
 */
export async function getWebSession(store: Store, hash: string): Promise<StoredWebSession | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: keyOf(hash), ConsistentRead: true }),
  );
  if (!Item || typeof Item.token !== 'string' || typeof Item.expiresAt !== 'string') return undefined;
  return {
    token: Item.token,
    ...(typeof Item.refreshToken === 'string' ? { refreshToken: Item.refreshToken } : {}),
    name: typeof Item.name === 'string' ? Item.name : '',
    createdAt: String(Item.createdAt),
    expiresAt: Item.expiresAt,
  };
}

/**
 * Replaces the access token of the session under `hash`. `false` when there is no such
 * session (it ended meanwhile): nothing is written, so an ended session stays ended.
 */
export async function setWebSessionToken(store: Store, hash: string, token: string): Promise<boolean> {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keyOf(hash),
        UpdateExpression: 'SET #token = :token',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#token': 'token' },
        ExpressionAttributeValues: { ':token': token },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    return false;
  }
}

/** Deletes the session under `hash`, if there is one. */
export async function deleteWebSession(store: Store, hash: string): Promise<void> {
  await store.client.send(new DeleteCommand({ TableName: store.tableName, Key: keyOf(hash) }));
}
