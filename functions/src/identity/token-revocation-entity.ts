/**
 * The token revocation item: when a person's tokens were last revoked (sign-out, disable,
 * change of role), one item per person, which DynamoDB's TTL removes once no token it
 * refuses can still be alive. See docs/data-model.md.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type ItemKeys, keyWord, primaryKey } from '../table/keys.ts';
import type { Store } from '../table/store.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** When a person's tokens were last revoked (sign-out, disable, change of role): older tokens are refused. */
export const tokenRevocationKeys = (r: { userId: string }): ItemKeys => ({
  pk: `${keyWord('REVOKED', layout)}#${r.userId}`,
  sk: keyWord('REVOKED', layout),
});

/**
 * How long a revocation is kept: a day, far longer than the longest token it must refuse
 * (Cognito access tokens and development tokens live an hour; refresh tokens are revoked
 * at Cognito, which checks them itself).
 */
export const revocationLifetimeSeconds = 24 * 60 * 60;

/**
 * Stores that the tokens of `userId` were revoked at `at` (epoch milliseconds), replacing
 * any earlier revocation, for DynamoDB's TTL to remove `revocationLifetimeSeconds` later.
 */
export async function putTokenRevocation(store: Store, userId: string, at: number): Promise<void> {
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...tokenRevocationKeys({ userId }),
        entity: 'token-revocation',
        userId,
        revokedAt: new Date(at).toISOString(),
        [timeToLiveAttribute]: Math.ceil(at / 1000) + revocationLifetimeSeconds,
      },
    }),
  );
}

/**
 * When the tokens of `userId` were last revoked, in epoch milliseconds, or `undefined` when
 * there is no revocation (or it holds no readable time). Reads `revokedAt` alone.
 */
export async function getTokenRevocation(store: Store, userId: string): Promise<number | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: primaryKey(tokenRevocationKeys({ userId })),
      ProjectionExpression: 'revokedAt',
    }),
  );
  const revokedAt = typeof Item?.revokedAt === 'string' ? Date.parse(Item.revokedAt) : NaN;
  return Number.isNaN(revokedAt) ? undefined : revokedAt;
}
