/**
 * The responses of the signed-in person's routes (./me-routes.ts), for the OpenAPI
 * document only: the `api` Lambda serves the document written at bundling, so its bundle
 * leaves them out.
 */
import * as z from 'zod/mini';
import { roles } from '@equal-partners/shared';
import { component, describeResponses } from '../http/openapi/routes.ts';
import { pick } from '../http/openapi/shared-schemas.ts';
import { route, signOut } from './me-routes.ts';

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

describeResponses(
  { route, signOut },
  {
    route: {
      200: { description: 'The caller', content: { 'application/json': { schema: caller } } },
      ...pick(401),
    },
    signOut: { 204: { description: 'Signed out: the tokens no longer work' }, ...pick(401, 403) },
  },
);
