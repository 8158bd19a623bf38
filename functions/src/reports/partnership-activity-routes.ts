/**
 * `/api/v1/metrics/partnership/activities-by-month`: activities per month across the
 * partnership, for anyone (./partnership-activity-queries.ts).
 */
import * as z from 'zod/mini';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { activitiesByMonth, activityMonthsQuery } from './partnership-activity-queries.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Activities per month across the partnership',
  tags: ['Metrics'],
  request: { query: activityMonthsQuery },
  responses: {
    200: {
      description: 'One entry per month from `from` to `to`, months without activities as zero',
      content: {
        'application/json': {
          schema: z.object({
            from: z.string(),
            to: z.string(),
            series: z.array(z.object({ month: z.string(), activities: z.number().check(z.int()) })),
          }),
        },
      },
    },
  },
});

export function partnershipActivityRoutes(deps: Pick<QueryDeps, 'store' | 'today'>) {
  return new ApiRoutes<ApiEnv>().openapi(route, async (c) =>
    c.json(await activitiesByMonth(deps, c.get('principal'), c.req.valid('query')), 200),
  );
}
