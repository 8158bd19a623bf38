/**
 * Local development sign-in with the seeded demo accounts. Only the local server and
 * tests import this module; the Lambda entry points never do, so a deployed build
 * cannot contain it. Tokens are signed with a secret made fresh for each process.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '@equal-partners/shared';
import { keys, primaryKey, queryAll, type Store } from '../store/index.ts';
import type { Authenticator } from './principal.ts';

/** A seeded account as the sign-in page lists it: no e-mail, no secret. */
export interface DevAccount {
  id: string;
  name: string;
  role: Role;
  signatoryId?: string;
}

export interface DevSignIn {
  authenticator: Authenticator;
  /** The seeded accounts one can sign in as. */
  accounts(): Promise<DevAccount[]>;
  /** A bearer token for a seeded user, or `undefined` if there is no such user. */
  issueToken(userId: string): Promise<string | undefined>;
}

export function devSignIn(store: Store): DevSignIn {
  const secret = randomBytes(32);
  const sign = (userId: string) => createHmac('sha256', secret).update(userId).digest('base64url');
  const findUser = async (userId: string) => {
    const { Item } = await store.client.send(
      new GetCommand({ TableName: store.tableName, Key: primaryKey(keys.user({ id: userId })) }),
    );
    const user = Item as { id: string; role: Role; signatoryId?: string; enabled?: boolean } | undefined;
    // An account the board turned off cannot sign in.
    return user?.enabled === false ? undefined : user;
  };
  return {
    accounts: async () => {
      const users = await queryAll<DevAccount & { enabled?: boolean }>(store, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.user({ id: '' }).gsi1pk },
      });
      return users
        .filter((u) => u.enabled !== false)
        .map(({ id, name, role, signatoryId }) => ({
          id,
          name,
          role,
          ...(signatoryId ? { signatoryId } : {}),
        }));
    },
    issueToken: async (userId) => ((await findUser(userId)) ? `dev.${userId}.${sign(userId)}` : undefined),
    authenticator: async (token) => {
      const match = /^dev\.([a-z0-9-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
      if (!match) return undefined;
      const [, userId, signature] = match as unknown as [string, string, string];
      const expected = Buffer.from(sign(userId));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      const user = await findUser(userId);
      if (!user) return undefined;
      return {
        kind: 'user',
        id: user.id,
        role: user.role,
        ...(user.signatoryId ? { signatoryId: user.signatoryId } : {}),
      };
    },
  };
}
