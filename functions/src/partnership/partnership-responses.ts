/**
 * The responses of the partnership routes (./partnership-routes.ts), for the OpenAPI
 * document only: the `api` Lambda serves the document written at bundling, so its bundle
 * leaves them out.
 */
import * as z from 'zod/mini';
import { partnership } from '@equal-partners/shared';
import { pick } from '../http/openapi/shared-schemas.ts';
import { describeResponses } from '../http/openapi/routes.ts';
import { get, replace } from './partnership-routes.ts';

describeResponses(
  { get, replace },
  {
    get: {
      200: {
        description: 'The partnership; `demoLabel` is present when it is the fictional demo partnership',
        content: { 'application/json': { schema: z.extend(partnership, { demoLabel: z.optional(z.string()) }) } },
      },
      ...pick(404),
    },
    replace: {
      200: { description: 'Changed', content: { 'application/json': { schema: partnership } } },
      ...pick(400, 401, 403, 404, 412, 415, 428),
    },
  },
);
