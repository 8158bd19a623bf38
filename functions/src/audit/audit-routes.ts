/** `/api/v1/audit/{entity}/{id}` and `/api/v1/changes`: who changed what and when, for board admins (./audit-queries.ts). */
import * as z from 'zod/mini';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { auditTrailInput, changesInput, readAuditTrail, readChanges } from './audit-queries.ts';

const event = component(
  'AuditEvent',
  z.object({
    entity: z.string(),
    recordId: z.string(),
    action: z.enum(['create', 'update', 'delete']),
    at: z.string(),
    by: z.string(),
    version: z.number(),
    before: z.optional(z.record(z.string(), z.unknown())),
    after: z.optional(z.record(z.string(), z.unknown())),
    imagesRemovedAt: z.optional(
      z.string().check(z.describe('When `before` and `after` were removed: 30 days after the record was deleted')),
    ),
  }),
);

const trail = createRoute({
  method: 'get',
  path: '/audit/{entity}/{id}',
  tags: ['Audit'],
  summary: 'Every change of one record, oldest first',
  security: bearer,
  request: { params: auditTrailInput },
  responses: {
    200: {
      description: 'The audit trail',
      content: { 'application/json': { schema: z.object({ items: z.array(event) }) } },
    },
    ...pick(400, 401, 403),
  },
});

const changes = createRoute({
  method: 'get',
  path: '/changes',
  tags: ['Audit'],
  summary: 'Every change since a time, oldest first (for exports)',
  security: bearer,
  request: { query: changesInput },
  responses: {
    200: {
      description: 'The changes',
      content: { 'application/json': { schema: z.object({ items: z.array(event) }) } },
    },
    ...pick(400, 401, 403),
  },
});

export function auditRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(trail, async (c) => c.json(await readAuditTrail(deps, c.get('principal'), c.req.valid('param')), 200))
    .openapi(changes, async (c) => c.json(await readChanges(deps, c.get('principal'), c.req.valid('query')), 200));
}
