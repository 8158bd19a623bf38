/** `/api/v1/audit/{entity}/{id}` and `/api/v1/changes`: who changed what and when, for board admins (./audit-queries.ts). */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { auditTrailInput, changesInput, readAuditTrail, readChanges } from './audit-queries.ts';

export const trail = createRoute({
  method: 'get',
  path: '/audit/{entity}/{id}',
  tags: ['Audit'],
  summary: 'Every change of one record, oldest first',
  security: bearer,
  request: { params: auditTrailInput },
});

export const changes = createRoute({
  method: 'get',
  path: '/changes',
  tags: ['Audit'],
  summary: 'Every change since a time, oldest first (for exports)',
  security: bearer,
  request: { query: changesInput },
});

export function auditRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(trail, async (c) => c.json(await readAuditTrail(deps, c.get('principal'), c.req.valid('param')), 200))
    .openapi(changes, async (c) => c.json(await readChanges(deps, c.get('principal'), c.req.valid('query')), 200));
}
