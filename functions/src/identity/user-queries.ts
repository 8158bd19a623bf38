/**
 * The accounts people sign in with, as the board manages them: list, read, let someone
 * sign in, and change their role, organisation and whether they may sign in at all.
 * Board admins only. A board admin cannot take away their own board access, so a
 * partnership is never left without one. Turning an account off, or changing its role or
 * organisation, revokes the person's tokens, so what they could do before stops within a
 * minute rather than when their token expires.
 */
import * as z from 'zod/mini';
import {
  actorOf,
  asZodIssues,
  checkReferences,
  userAccess,
  userInvite,
  type Principal,
  type UserAccount,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError, fieldErrors, validationProblem } from '../http/problem.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { requireAllowed } from '../records/record-queries.ts';
import type { Store } from '../table/index.ts';
import { isUserExists } from './user-directory.ts';

/** An account's id as it may appear in an address. */
export const userId = z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/)) });

const notFound = (id: string) => ProblemError.ofRule(404, 'not-found', 'Not found', 'accountNotFound', { id });

function parseId(input: { id: string }): string {
  const parsed = userId.safeParse({ id: input.id });
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'path');
  return parsed.data.id;
}

function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'body');
  return parsed.data;
}

async function knownSignatoryIssues(store: Store, body: { signatoryId?: string | undefined }, today: Date) {
  return checkReferences(body, await loadKnownIds(store), today);
}

function requireNoIssues(issues: Awaited<ReturnType<typeof knownSignatoryIssues>>): void {
  if (issues.length > 0) {
    throw new ProblemError(
      422,
      'invalid-reference',
      'The request breaks a rule',
      'The organisation does not exist.',
      fieldErrors(asZodIssues(issues)),
    );
  }
}

/** Every account, by e-mail address. */
export async function listUsers(
  deps: Pick<QueryDeps, 'users'>,
  principal: Principal,
  _input?: undefined,
): Promise<{ items: UserAccount[] }> {
  requireAllowed(principal, 'read', 'user', {});
  return { items: await deps.users.list() };
}

/** One account; 404 when there is none. */
export async function readUser(
  deps: Pick<QueryDeps, 'users'>,
  principal: Principal,
  input: { id: string },
): Promise<UserAccount> {
  const id = parseId(input);
  requireAllowed(principal, 'read', 'user', {});
  const found = await deps.users.get(id);
  if (!found) throw notFound(id);
  return found;
}

/**
 * Creates an account for an e-mail address, with its role and organisation, and lets its
 * owner know how to sign in; 409 when the address already has one.
 */
export async function inviteUser(
  deps: Pick<QueryDeps, 'store' | 'today' | 'users'>,
  principal: Principal,
  input: { body: unknown },
): Promise<UserAccount> {
  const body = parseBody(userInvite, input.body);
  requireAllowed(principal, 'create', 'user', {});
  requireNoIssues(await knownSignatoryIssues(deps.store, body, deps.today()));
  try {
    return await deps.users.invite(body, actorOf(principal));
  } catch (error) {
    if (isUserExists(error)) {
      // The directory's English is said as it is; the code lets a page say it in its language.
      throw new ProblemError(409, 'conflict', 'Already has an account', error.message, [
        { pointer: '/email', message: error.message, rule: 'accountExists' },
      ]).with({ rule: 'accountExists' });
    }
    throw error;
  }
}

/**
 * Changes what someone may do; when their role, organisation or whether they may sign in
 * changed, the tokens issued to them before stop working.
 */
export async function setUserAccess(
  deps: Pick<QueryDeps, 'store' | 'today' | 'users' | 'revocations'>,
  principal: Principal,
  input: { id: string; body: unknown },
): Promise<UserAccount> {
  const id = parseId(input);
  const body = parseBody(userAccess, input.body);
  requireAllowed(principal, 'update', 'user', {});
  if (principal.kind === 'user' && principal.id === id && (body.role !== 'board-admin' || !body.enabled)) {
    throw new ProblemError(
      409,
      'own-access',
      'You cannot take away your own board access',
      'Ask another board admin to change your account, so the partnership always keeps one.',
    );
  }
  const [issues, before] = await Promise.all([
    knownSignatoryIssues(deps.store, body, deps.today()),
    deps.users.get(id),
  ]);
  requireNoIssues(issues);
  if (!before) throw notFound(id);
  const changed = await deps.users.setAccess(id, body, actorOf(principal));
  if (!changed) throw notFound(id);
  // After the change, so even a token renewed just before it (carrying the old access) is refused.
  const access = (a: UserAccount) => [a.role, a.signatoryId ?? '', a.enabled].join('|');
  if (access(before) !== access(changed)) await deps.revocations.revoke(id);
  return changed;
}
