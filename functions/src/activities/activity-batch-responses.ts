/**
 * The responses of the activity batch route (./activity-batch.ts), for the OpenAPI
 * document only: the `api` Lambda serves the document written at bundling, so its bundle
 * leaves them out.
 */
import * as z from 'zod/mini';
import { problemSchema, pick } from '../http/openapi/shared-schemas.ts';
import { describeResponses } from '../http/openapi/routes.ts';
import { route } from './activity-batch.ts';

const result = z.object({
  index: z.number().check(z.int()),
  id: z.optional(z.string()),
  status: z.number().check(z.int(), z.describe('201 created, 200 already created identically, or the error status')),
  problem: z.optional(problemSchema),
});

describeResponses(
  { route },
  {
    route: {
      200: {
        description: 'The outcome of every item',
        content: {
          'application/json': {
            schema: z.object({
              created: z.number(),
              unchanged: z.number(),
              rejected: z.number(),
              results: z.array(result),
            }),
          },
        },
      },
      ...pick(400, 401, 403, 413, 415),
    },
  },
);
