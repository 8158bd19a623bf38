/**
 * Machines sign in with an API key: looked up by its SHA-256 hash, refused once revoked, and
 * its last use recorded at most once a minute.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { primaryKey, type Store } from '../table/index.ts';
import { hashApiKey } from './api-keys.ts';
import type { Authenticator } from './principal.ts';
import { apiKeyKeys } from './identity-entities.ts';

export const apiKeyPattern = /^ep_[0-9a-f]{8}_[A-Za-z0-9_-]+$/;

/**
 * How stale `lastUsedAt` may be. The board reads it to see which keys are still in use (by
 * the day); writing it on every request would be a paid write per request, and a busy
 * client's requests would contend for the one item.
 */
export const lastUseResolutionMs = 60_000;

export function apiKeyAuthenticator(store: Store, now: () => Date = () => new Date()): Authenticator {
  return async (token) => {
    if (!apiKeyPattern.test(token)) return undefined;
    const hash = hashApiKey(token);
    const prefix = token.slice(0, 11);
    const { Item } = await store.client.send(
      new GetCommand({ TableName: store.tableName, Key: primaryKey(apiKeyKeys({ hash, signatoryId: '', prefix })) }),
    );
    if (!Item || Item.revoked === true) return undefined;
    const signatoryId = String(Item.signatoryId);
    const at = now();
    const cutoff = new Date(at.getTime() - lastUseResolutionMs).toISOString();
    const lastUsedAt = typeof Item.lastUsedAt === 'string' ? Item.lastUsedAt : undefined;
    if (lastUsedAt === undefined || lastUsedAt <= cutoff) {
      try {
        await store.client.send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: primaryKey(apiKeyKeys({ hash, signatoryId, prefix })),
            UpdateExpression: 'SET lastUsedAt = :now',
            // Requests that read the same old time at once: only the first records it.
            ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt <= :cutoff)',
            ExpressionAttributeValues: { ':now': at.toISOString(), ':cutoff': cutoff },
          }),
        );
      } catch (error) {
        const lost =
          error instanceof ConditionalCheckFailedException ||
          (error as Error).name === 'ConditionalCheckFailedException';
        if (!lost) throw error;
      }
    }
    return { kind: 'api-key', id: prefix, role: 'signatory-editor', signatoryId };
  };
}
