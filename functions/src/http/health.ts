/** `GET /api/health`: is the API up, which version, and can it reach its store. */
import * as z from 'zod/mini';
import { tableIsActive, type Store } from '../table/index.ts';
import { ApiRoutes, component, createRoute } from './openapi/routes.ts';

const health = component(
  'Health',
  z.object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    store: z.object({ status: z.enum(['ok', 'unavailable']), table: z.string() }),
  }),
);

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Service health',
  tags: ['Health'],
  responses: {
    200: { description: 'The API and its store are working', content: { 'application/json': { schema: health } } },
    503: { description: 'The store cannot be reached', content: { 'application/json': { schema: health } } },
  },
});

export function healthRoutes(store: Store, version: string) {
  return new ApiRoutes().openapi(route, async (c) => {
    const reachable = await tableIsActive(store);
    const body = {
      status: reachable ? ('ok' as const) : ('degraded' as const),
      version,
      store: { status: reachable ? ('ok' as const) : ('unavailable' as const), table: store.tableName },
    };
    return c.json(body, reachable ? 200 : 503);
  });
}
