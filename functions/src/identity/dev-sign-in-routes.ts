/** `/api/dev/*`: local development sign-in with the seeded accounts. Mounted only by the local server and tests. */
import * as z from 'zod/mini';
import { roles } from '@equal-partners/shared';
import type { DevSignIn } from './dev-sign-in.ts';
import type { ApiEnv } from '../http/env.ts';
import { pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { ProblemError } from '../http/problem.ts';

const accounts = createRoute({
  method: 'get',
  path: '/accounts',
  tags: ['Development'],
  summary: 'The seeded accounts one can sign in as (local development only)',
  responses: {
    200: {
      description: 'Every seeded account',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({ id: z.string(), name: z.string(), role: z.enum(roles), signatoryId: z.optional(z.string()) }),
            ),
          }),
        },
      },
    },
  },
});

const signIn = createRoute({
  method: 'post',
  path: '/sign-in',
  tags: ['Development'],
  summary: 'Sign in as a seeded account (local development only)',
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ userId: z.string().check(z.maxLength(64)) }) } },
      required: true,
    },
  },
  responses: {
    200: {
      description: 'A bearer token for the account, and how many seconds it lives',
      content: { 'application/json': { schema: z.object({ token: z.string(), expiresIn: z.number() }) } },
    },
    ...pick(400, 404),
  },
});

/**
 * Adds the development sign-in to an app: its authenticator must also be among the
 * app's authenticators. Only the local runner and tests call this, so the Lambda
 * bundles never contain it.
 */
export function devSignInRoutes(dev: DevSignIn) {
  return new ApiRoutes<ApiEnv>()
    .openapi(accounts, async (c) => c.json({ items: await dev.accounts() }, 200))
    .openapi(signIn, async (c) => {
      const token = await dev.issueToken(c.req.valid('json').userId);
      if (!token)
        throw new ProblemError(404, 'not-found', 'No such account', 'There is no seeded account with that id.');
      return c.json({ token, expiresIn: dev.lifetimeSeconds }, 200);
    });
}
