/** `GET /api/v1/me`: who the credentials belong to, so a client can show it and offer only what the role allows. */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { roles } from '@equal-partners/shared';
import type { ApiEnv } from '../env.ts';
import { bearer, pick } from '../openapi-shared.ts';

const caller = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('public') }),
    z.object({ kind: z.literal('user'), id: z.string(), role: z.enum(roles), signatoryId: z.string().optional() }),
    z.object({
      kind: z.literal('api-key'),
      id: z.string(),
      role: z.literal('signatory-editor'),
      signatoryId: z.string(),
    }),
  ])
  .openapi('Caller');

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
  return new OpenAPIHono<ApiEnv>().openapi(route, (c) => c.json(c.get('principal'), 200));
}
