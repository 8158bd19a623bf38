/**
 * Local development sign-in with the seeded demo accounts. Only the local server and
 * tests import this module; the Lambda entry points never do, so a deployed build
 * cannot contain it. Tokens are `dev.<userId>.<issuedAt>.<signature>`: the issue time in
 * epoch milliseconds and an HMAC over both, with a secret made fresh for each process. They
 * live an hour, as Cognito's access tokens do, and are refused once their owner's tokens
 * are revoked (./revocations.ts), as Cognito's are. Milliseconds, not JWT seconds, so a
 * person who signs out and straight back in is not refused within the same second.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@equal-partners/shared';
import type { Store } from '../table/index.ts';
import type { Authenticator } from './principal.ts';
import { getUser, listUsers } from './user-entity.ts';
import { sharedRevocations, type Revocations } from './revocations.ts';

/** How long a development token lives: an hour, as Cognito's access tokens do (cdk/src/constructs/auth.ts). */
export const devTokenLifetimeMs = 60 * 60 * 1000;

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
  /** How long its tokens live, in seconds. */
  lifetimeSeconds: number;
}

export interface DevSignInOptions {
  /** The clock, in epoch milliseconds (tests move it). */
  now?: () => number;
  lifetimeMs?: number;
  /** The process's revocations by default. */
  revocations?: Revocations;
  /** The signing secret; fresh for each process unless a test runs two "processes" that share it. */
  secret?: Buffer;
}

export function devSignIn(
  store: Store,
  {
    now = () => Date.now(),
    lifetimeMs = devTokenLifetimeMs,
    revocations = sharedRevocations(store),
    secret = randomBytes(32),
  }: DevSignInOptions = {},
): DevSignIn {
  const sign = (userId: string, issuedAt: number) =>
    createHmac('sha256', secret).update(`${userId}.${issuedAt}`).digest('base64url');
  const findUser = async (userId: string) => {
    const user = await getUser(store, userId);
    // An account the board turned off cannot sign in.
    return user?.enabled === false ? undefined : user;
  };
  return {
    accounts: async () => {
      return (await listUsers(store))
        .filter((u) => u.enabled !== false)
        .map(({ id, name, role, signatoryId }) => ({
          id,
          name,
          role,
          ...(signatoryId ? { signatoryId } : {}),
        }));
    },
    lifetimeSeconds: Math.floor(lifetimeMs / 1000),
    issueToken: async (userId) => {
      if (!(await findUser(userId))) return undefined;
      const issuedAt = now();
      return `dev.${userId}.${issuedAt}.${sign(userId, issuedAt)}`;
    },
    authenticator: async (token) => {
      const match = /^dev\.([a-z0-9-]+)\.(\d{1,15})\.([A-Za-z0-9_-]+)$/.exec(token);
      if (!match) return undefined;
      const [, userId, issued, signature] = match as unknown as [string, string, string, string];
      const issuedAt = Number(issued);
      const expected = Buffer.from(sign(userId, issuedAt));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      if (now() >= issuedAt + lifetimeMs) return undefined;
      if (await revocations.isRevoked(userId, issuedAt)) return undefined;
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
