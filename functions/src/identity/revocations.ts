/**
 * Revoked tokens: when a person signs out, or the board turns their account off or
 * changes their role, every token issued to them until then is refused, though it has
 * not expired. One item per person holds the time of the last revocation, with a TTL
 * longer than any token lives; the authenticators (Cognito's, the development sign-in's)
 * compare a token's issue time with it.
 *
 * Each process reads a person's revocation at most once a minute (the cache window), so a
 * revoked token stops working everywhere within a minute, and at once in the process that
 * revoked it. See docs/decisions/0403-server-side-sessions-and-revocation.md.
 */
import type { Store } from '../table/index.ts';
import { getTokenRevocation, putTokenRevocation } from './token-revocation-entity.ts';

/** How long a process trusts what it read of a person's revocation. */
export const revocationCacheMs = 60_000;

export interface Revocations {
  /** Refuses every token of `userId` issued until now. */
  revoke(userId: string): Promise<void>;
  /** Whether a token of `userId` issued at `issuedAtMs` (epoch milliseconds) was revoked: issued at or before the revocation. */
  isRevoked(userId: string, issuedAtMs: number): Promise<boolean>;
}

export interface RevocationOptions {
  /** The clock, in epoch milliseconds (tests move it). */
  now?: () => number;
  /** How long a read is trusted; `revocationCacheMs` unless a test shortens or lengthens it. */
  cacheMs?: number;
}

/** Most people a process remembers before it forgets them all (each costs one read to learn again). */
const cacheLimit = 10_000;

export function tokenRevocations(
  store: Store,
  { now = () => Date.now(), cacheMs = revocationCacheMs }: RevocationOptions = {},
): Revocations {
  const known = new Map<string, { revokedAt: number | undefined; readAt: number }>();
  const remember = (userId: string, revokedAt: number | undefined) => {
    if (known.size >= cacheLimit) known.clear();
    known.set(userId, { revokedAt, readAt: now() });
  };
  return {
    revoke: async (userId) => {
      const at = now();
      await putTokenRevocation(store, userId, at);
      remember(userId, at);
    },
    isRevoked: async (userId, issuedAtMs) => {
      let entry = known.get(userId);
      if (!entry || now() - entry.readAt >= cacheMs) {
        remember(userId, await getTokenRevocation(store, userId));
        entry = known.get(userId)!;
      }
      return entry.revokedAt !== undefined && issuedAtMs <= entry.revokedAt;
    },
  };
}

const shared = new WeakMap<Store, Revocations>();

/**
 * The process's revocations for a store, with the one-minute cache: the API's routes and
 * the authenticators of the same store share it, so a revocation is refused at once here.
 */
export function sharedRevocations(store: Store): Revocations {
  let revocations = shared.get(store);
  if (!revocations) shared.set(store, (revocations = tokenRevocations(store)));
  return revocations;
}
