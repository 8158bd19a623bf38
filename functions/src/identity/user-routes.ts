/**
 * `/api/v1/users`: the board lets people sign in, sets their role and organisation, and
 * turns accounts off, without the AWS console (./user-queries.ts).
 */
import type * as z from 'zod/mini';
import { userAccess, userInvite } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { inviteUser, listUsers, readUser, setUserAccess, userId } from './user-queries.ts';

const json = <T extends z.ZodMiniType>(schema: T) => ({ content: { 'application/json': { schema } } });

export const list = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Users'],
  summary: 'List the people who can sign in',
  security: bearer,
});

export const invite = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Users'],
  summary: 'Let someone sign in: creates their account and e-mails them how to sign in',
  security: bearer,
  request: { body: { ...json(userInvite), required: true } },
});

export const read = createRoute({
  method: 'get',
  path: '/users/{id}',
  tags: ['Users'],
  summary: 'Read one account',
  security: bearer,
  request: { params: userId },
});

export const setAccess = createRoute({
  method: 'put',
  path: '/users/{id}',
  tags: ['Users'],
  summary: 'Change what someone may do: role, organisation, and whether they can sign in',
  security: bearer,
  request: { params: userId, body: { ...json(userAccess), required: true } },
});

export function userRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'users' | 'revocations'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(list, async (c) => c.json(await listUsers(deps, c.get('principal')), 200))
    .openapi(invite, async (c) =>
      c.json(await inviteUser(deps, c.get('principal'), { body: c.req.valid('json') }), 201),
    )
    .openapi(read, async (c) => c.json(await readUser(deps, c.get('principal'), c.req.valid('param')), 200))
    .openapi(setAccess, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await setUserAccess(deps, c.get('principal'), { id, body: c.req.valid('json') }), 200);
    });
}
