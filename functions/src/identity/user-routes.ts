/**
 * `/api/v1/users`: the board lets people sign in, sets their role and organisation, and
 * turns accounts off, without the AWS console. Board admins only. A board admin cannot
 * take away their own board access, so a partnership is never left without one. Turning
 * an account off, or changing its role or organisation, revokes the person's tokens, so
 * what they could do before stops within a minute rather than when their token expires.
 */
import * as z from 'zod/mini';
import { actorOf, asZodIssues, checkReferences, userAccess, userAccount, userInvite } from '@equal-partners/shared';
import type { Revocations } from './revocations.ts';
import { type Store } from '../table/index.ts';
import { UserExists, type UserDirectory } from './user-directory.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { ProblemError, fieldErrors } from '../http/problem.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { loadKnownIds } from '../records/known-ids.ts';

const userId = z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/)) });
const json = <T extends z.ZodMiniType>(schema: T) => ({ content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Users'],
  summary: 'List the people who can sign in',
  security: bearer,
  responses: {
    200: { description: 'Every account', ...json(z.object({ items: z.array(userAccount) })) },
    ...pick(401, 403),
  },
});

const invite = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Users'],
  summary: 'Let someone sign in: creates their account and e-mails them how to sign in',
  security: bearer,
  request: { body: { ...json(userInvite), required: true } },
  responses: {
    201: { description: 'Created', ...json(userAccount) },
    ...pick(400, 401, 403, 409, 415, 422),
  },
});

const read = createRoute({
  method: 'get',
  path: '/users/{id}',
  tags: ['Users'],
  summary: 'Read one account',
  security: bearer,
  request: { params: userId },
  responses: { 200: { description: 'The account', ...json(userAccount) }, ...pick(401, 403, 404) },
});

const setAccess = createRoute({
  method: 'put',
  path: '/users/{id}',
  tags: ['Users'],
  summary: 'Change what someone may do: role, organisation, and whether they can sign in',
  security: bearer,
  request: { params: userId, body: { ...json(userAccess), required: true } },
  responses: {
    200: {
      description: 'Changed; tokens issued before stop working within a minute, so they sign in again',
      ...json(userAccount),
    },
    ...pick(400, 401, 403, 404, 409, 415, 422),
  },
});

const notFound = (id: string) => new ProblemError(404, 'not-found', 'Not found', `There is no account ${id}.`);

async function requireKnownSignatory(store: Store, body: { signatoryId?: string | undefined }, today: Date) {
  const issues = checkReferences(body, await loadKnownIds(store), today);
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

export function userRoutes(store: Store, directory: UserDirectory, today: () => Date, revocations: Revocations) {
  return new ApiRoutes<ApiEnv>()
    .openapi(list, async (c) => {
      requireAllowed(c.get('principal'), 'read', 'user', {});
      return c.json({ items: await directory.list() }, 200);
    })
    .openapi(invite, async (c) => {
      const principal = c.get('principal');
      requireAllowed(principal, 'create', 'user', {});
      const body = c.req.valid('json');
      await requireKnownSignatory(store, body, today());
      try {
        return c.json(await directory.invite(body, actorOf(principal)), 201);
      } catch (error) {
        if (error instanceof UserExists) {
          throw new ProblemError(409, 'conflict', 'Already has an account', error.message, [
            { pointer: '/email', message: error.message },
          ]);
        }
        throw error;
      }
    })
    .openapi(read, async (c) => {
      requireAllowed(c.get('principal'), 'read', 'user', {});
      const { id } = c.req.valid('param');
      const found = await directory.get(id);
      if (!found) throw notFound(id);
      return c.json(found, 200);
    })
    .openapi(setAccess, async (c) => {
      const principal = c.get('principal');
      requireAllowed(principal, 'update', 'user', {});
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      if (principal.kind === 'user' && principal.id === id && (body.role !== 'board-admin' || !body.enabled)) {
        throw new ProblemError(
          409,
          'own-access',
          'You cannot take away your own board access',
          'Ask another board admin to change your account, so the partnership always keeps one.',
        );
      }
      await requireKnownSignatory(store, body, today());
      const before = await directory.get(id);
      if (!before) throw notFound(id);
      const changed = await directory.setAccess(id, body, actorOf(principal));
      if (!changed) throw notFound(id);
      // After the change, so even a token renewed just before it (carrying the old access) is refused.
      const access = (a: typeof before) => [a.role, a.signatoryId ?? '', a.enabled].join('|');
      if (access(before) !== access(changed)) await revocations.revoke(id);
      return c.json(changed, 200);
    });
}
