/** `/api/dev/*`: local development sign-in with the seeded accounts. Mounted only by the local server and tests. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { DevSignIn } from '../../auth/dev-sign-in.ts';
import type { ApiEnv } from '../env.ts';
import { pick } from '../openapi-shared.ts';
import { ProblemError } from '../problem.ts';

const signIn = createRoute({
  method: 'post',
  path: '/sign-in',
  tags: ['Development'],
  summary: 'Sign in as a seeded account (local development only)',
  request: {
    body: { content: { 'application/json': { schema: z.object({ userId: z.string().max(64) }) } }, required: true },
  },
  responses: {
    200: {
      description: 'A bearer token for the account',
      content: { 'application/json': { schema: z.object({ token: z.string() }) } },
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
  return new OpenAPIHono<ApiEnv>().openapi(signIn, async (c) => {
    const token = await dev.issueToken(c.req.valid('json').userId);
    if (!token) throw new ProblemError(404, 'not-found', 'No such account', 'There is no seeded account with that id.');
    return c.json({ token }, 200);
  });
}
