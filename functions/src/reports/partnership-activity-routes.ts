/**
 * `/api/v1/metrics/partnership/activities-by-month`: activities per month across the
 * partnership, for anyone (./partnership-activity-queries.ts).
 */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { activitiesByMonth, activityMonthsQuery } from './partnership-activity-queries.ts';

export const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Activities per month across the partnership',
  tags: ['Metrics'],
  request: { query: activityMonthsQuery },
});

export function partnershipActivityRoutes(deps: Pick<QueryDeps, 'store' | 'today'>) {
  return new ApiRoutes<ApiEnv>().openapi(route, async (c) =>
    c.json(await activitiesByMonth(deps, c.get('principal'), c.req.valid('query')), 200),
  );
}
