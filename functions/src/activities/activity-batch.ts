/**
 * `POST /api/v1/activities:batch`: up to 100 activities in one request, each accepted
 * or rejected on its own, with the same rules as a single create (./activity-batch-queries.ts).
 */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { activityBatchInput, createActivities, maxBatchSize } from './activity-batch-queries.ts';

export const route = createRoute({
  method: 'post',
  path: '/activities:batch',
  tags: ['Activities'],
  summary: `Create up to ${maxBatchSize} activities`,
  description: 'Each activity is accepted or rejected on its own; the response lists the outcome of each, in order.',
  security: bearer,
  request: { body: { content: { 'application/json': { schema: activityBatchInput } }, required: true } },
});

export function activityBatchRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>) {
  return new ApiRoutes<ApiEnv>().openapi(route, async (c) =>
    c.json(await createActivities(deps, c.get('principal'), c.req.valid('json')), 200),
  );
}
