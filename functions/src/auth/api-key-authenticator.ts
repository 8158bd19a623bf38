/** Machines sign in with an API key: looked up by its SHA-256 hash, refused once revoked, last use recorded. */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys, primaryKey, type Store } from '../store/index.ts';
import { hashApiKey } from './api-keys.ts';
import type { Authenticator } from './principal.ts';

export const apiKeyPattern = /^ep_[0-9a-f]{8}_[A-Za-z0-9_-]+$/;

export function apiKeyAuthenticator(store: Store, now: () => Date = () => new Date()): Authenticator {
  return async (token) => {
    if (!apiKeyPattern.test(token)) return undefined;
    const hash = hashApiKey(token);
    const prefix = token.slice(0, 11);
    const { Item } = await store.client.send(
      new GetCommand({ TableName: store.tableName, Key: primaryKey(keys.apiKey({ hash, signatoryId: '', prefix })) }),
    );
    if (!Item || Item.revoked === true) return undefined;
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(keys.apiKey({ hash, signatoryId: String(Item.signatoryId), prefix })),
        UpdateExpression: 'SET lastUsedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': now().toISOString() },
      }),
    );
    return { kind: 'api-key', id: prefix, role: 'signatory-editor', signatoryId: String(Item.signatoryId) };
  };
}
