/** `GET /api/v1/me`: who the credentials belong to, so a client can show it and offer only what the role allows. */
import * as z from 'zod/mini';
import { roles } from '@equal-partners/shared';
import type { ApiEnv } from '../env.ts';
import { bearer, pick } from '../openapi-shared.ts';
import { ApiRoutes, component, createRoute } from '../openapi/routes.ts';

const caller = component(
  'Caller',
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('public') }),
    z.object({ kind: z.literal('user'), id: z.string(), role: z.enum(roles), signatoryId: z.optional(z.string()) }),
    z.object({
      kind: z.literal('api-key'),
      id: z.string(),
      role: z.literal('signatory-editor'),
      signatoryId: z.string(),
    }),
  ]),
);

const route = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Signing in'],
  summary: 'Who is calling',
  description: 'The role and organisation of the bearer; without credentials, `{"kind": "public"}`.',
  security: bearer,
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: caller } } },
    ...pick(401),
  },
});

export function meRoutes() {
  return new ApiRoutes<ApiEnv>().openapi(route, (c) => c.json(c.get('principal'), 200));
}
