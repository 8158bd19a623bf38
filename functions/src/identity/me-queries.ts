/**
 * The caller themselves: who the credentials belong to, so a client can show it and offer
 * only what the role allows; and signing out, so the person's tokens stop working on every
 * device though they have not expired (./revocations.ts).
 */
import type { Principal } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';

/** Who is calling: their kind, role and organisation; the public for a caller without credentials. */
export function readCaller(_deps: unknown, principal: Principal, _input?: undefined): Promise<Principal> {
  return Promise.resolve(principal);
}

/**
 * Revokes every token issued to the signed-in person until now. The public are refused
 * with 401; an API key, which does not sign in or out, with 403.
 */
export async function signOut(
  deps: Pick<QueryDeps, 'revocations'>,
  principal: Principal,
  _input?: undefined,
): Promise<void> {
  if (principal.kind === 'public')
    throw new ProblemError(401, 'unauthenticated', 'Not signed in', 'Only a signed-in person can sign out.');
  if (principal.kind !== 'user')
    throw new ProblemError(
      403,
      'forbidden',
      'Not a person',
      'An API key does not sign in or out: revoke it with DELETE /api/v1/api-keys/{prefix}.',
    );
  await deps.revocations.revoke(principal.id);
}
