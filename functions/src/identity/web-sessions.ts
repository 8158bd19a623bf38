/**
 * Sessions of people signed in to the web pages, kept on the server: the browser holds
 * only a random id (256 bits from node:crypto) in its cookie, and the table holds what
 * the session needs under the SHA-256 of that id: the access token, Cognito's refresh
 * token when there is one, and the name to greet the person by. A session is refused
 * once `expiresAt` has passed, whether or not DynamoDB's TTL has removed it yet, and
 * deleted when the person signs out, so a copied cookie stops working then.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { primaryKey, timeToLiveAttribute, type Store } from '../table/index.ts';
import { webSessionKeys } from './identity-entities.ts';

/** What a session holds, as the pages use it. */
export interface WebSession {
  /** The random id in the cookie. */
  id: string;
  /** The bearer token every API call of the session sends. */
  token: string;
  /** Cognito's refresh token, which renews `token` when it expires. */
  refreshToken?: string;
  /** How to greet the person: a name or an e-mail address, never used for decisions. */
  name: string;
  createdAt: string;
  expiresAt: string;
}

export interface WebSessions {
  /** Stores a new session for `lifetimeSeconds` and returns it with its id. */
  start(session: Pick<WebSession, 'token' | 'refreshToken' | 'name'>, lifetimeSeconds: number): Promise<WebSession>;
  /** The session with this id, or `undefined` when there is none or it has expired. */
  read(id: string): Promise<WebSession | undefined>;
  /** Keeps a renewed access token in the session. */
  renew(id: string, token: string): Promise<void>;
  /** Deletes the session: its id opens nothing any more. */
  end(id: string): Promise<void>;
}

/** A session id as `start` makes them: 32 random bytes, base64url. Anything else is not looked up. */
const idPattern = /^[A-Za-z0-9_-]{43}$/;

const itemKeys = (id: string) => webSessionKeys({ hash: createHash('sha256').update(id).digest('base64url') });
const keyOf = (id: string) => primaryKey(itemKeys(id));

export function webSessions(store: Store, now: () => Date = () => new Date()): WebSessions {
  return {
    start: async ({ token, refreshToken, name }, lifetimeSeconds) => {
      const id = randomBytes(32).toString('base64url');
      const created = now();
      const expires = new Date(created.getTime() + lifetimeSeconds * 1000);
      const session: WebSession = {
        id,
        token,
        ...(refreshToken ? { refreshToken } : {}),
        name,
        createdAt: created.toISOString(),
        expiresAt: expires.toISOString(),
      };
      const { id: _id, ...stored } = session;
      await store.client.send(
        new PutCommand({
          TableName: store.tableName,
          Item: {
            ...itemKeys(id),
            entity: 'web-session',
            ...stored,
            [timeToLiveAttribute]: Math.ceil(expires.getTime() / 1000),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return session;
    },
    read: async (id) => {
      if (!idPattern.test(id)) return undefined;
      const { Item } = await store.client.send(
        new GetCommand({ TableName: store.tableName, Key: keyOf(id), ConsistentRead: true }),
      );
      if (!Item || typeof Item.token !== 'string' || typeof Item.expiresAt !== 'string') return undefined;
      // DynamoDB removes expired items within a few days, not at once: the session ends at its time regardless.
      if (!(Date.parse(Item.expiresAt) > now().getTime())) return undefined;
      return {
        id,
        token: Item.token,
        ...(typeof Item.refreshToken === 'string' ? { refreshToken: Item.refreshToken } : {}),
        name: typeof Item.name === 'string' ? Item.name : '',
        createdAt: String(Item.createdAt),
        expiresAt: Item.expiresAt,
      };
    },
    renew: async (id, token) => {
      if (!idPattern.test(id)) return;
      try {
        await store.client.send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: keyOf(id),
            UpdateExpression: 'SET #token = :token',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#token': 'token' },
            ExpressionAttributeValues: { ':token': token },
          }),
        );
      } catch (error) {
        // Signed out meanwhile: the session stays ended.
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    },
    end: async (id) => {
      if (!idPattern.test(id)) return;
      await store.client.send(new DeleteCommand({ TableName: store.tableName, Key: keyOf(id) }));
    },
  };
}
