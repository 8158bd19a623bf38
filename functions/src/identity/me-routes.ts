/**
 * `GET /api/v1/me`: who the credentials belong to. `POST /api/v1/me:sign-out`: the person's
 * tokens stop working, on every device, though they have not expired (./me-queries.ts).
 */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { readCaller, signOut as signOutQuery } from './me-queries.ts';

export const route = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Signing in'],
  summary: 'Who is calling',
  description: 'The role and organisation of the bearer; without credentials, `{"kind": "public"}`.',
  security: bearer,
});

export const signOut = createRoute({
  method: 'post',
  path: '/me:sign-out',
  tags: ['Signing in'],
  summary: 'Sign out everywhere',
  description:
    'Revokes every token issued to the signed-in person until now, on every device; each stops working within a minute. ' +
    'API keys are revoked with `DELETE /api/v1/api-keys/{prefix}` instead.',
  security: bearer,
});

export function meRoutes(deps: Pick<QueryDeps, 'revocations'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(route, async (c) => c.json(await readCaller(deps, c.get('principal')), 200))
    .openapi(signOut, async (c) => {
      await signOutQuery(deps, c.get('principal'));
      return c.body(null, 204);
    });
}
