/**
 * `POST /api/v1/activities:batch`: up to 100 activities in one request, each accepted
 * or rejected on its own, with the same rules as a single create (./activity-batch-queries.ts).
 */
import * as z from 'zod/mini';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick, problemSchema } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { activityBatchInput, createActivities, maxBatchSize } from './activity-batch-queries.ts';

const result = z.object({
  index: z.number().check(z.int()),
  id: z.optional(z.string()),
  status: z.number().check(z.int(), z.describe('201 created, 200 already created identically, or the error status')),
  problem: z.optional(problemSchema),
});

const route = createRoute({
  method: 'post',
  path: '/activities:batch',
  tags: ['Activities'],
  summary: `Create up to ${maxBatchSize} activities`,
  description: 'Each activity is accepted or rejected on its own; the response lists the outcome of each, in order.',
  security: bearer,
  request: { body: { content: { 'application/json': { schema: activityBatchInput } }, required: true } },
  responses: {
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
});

export function activityBatchRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>) {
  return new ApiRoutes<ApiEnv>().openapi(route, async (c) =>
    c.json(await createActivities(deps, c.get('principal'), c.req.valid('json')), 200),
  );
}
