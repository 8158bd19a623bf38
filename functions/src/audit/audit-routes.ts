/** `/api/v1/audit`: who changed what and when, for board admins. */
import * as z from 'zod/mini';
import { auditTrail, changesSince } from './audit-events.ts';
import type { Store } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { requireAllowed } from '../records/record-queries.ts';

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
  request: {
    params: z.object({
      entity: z.enum(['signatory', 'activity', 'loop', 'assessment', 'challenge', 'baseline', 'partnership']),
      id: z.string().check(z.minLength(1), z.maxLength(64)),
    }),
  },
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
  request: { query: z.object({ since: z.iso.datetime({ message: 'Enter a time as an ISO 8601 UTC timestamp' }) }) },
  responses: {
    200: {
      description: 'The changes',
      content: { 'application/json': { schema: z.object({ items: z.array(event) }) } },
    },
    ...pick(400, 401, 403),
  },
});

export function auditRoutes(store: Store, today: () => Date) {
  return new ApiRoutes<ApiEnv>()
    .openapi(trail, async (c) => {
      requireAllowed(c.get('principal'), 'read', 'audit', {});
      const { entity, id } = c.req.valid('param');
      return c.json({ items: await auditTrail(store, entity, id) }, 200);
    })
    .openapi(changes, async (c) => {
      requireAllowed(c.get('principal'), 'read', 'audit', {});
      const { since } = c.req.valid('query');
      const now = new Date(Math.max(Date.now(), today().getTime()));
      return c.json({ items: await changesSince(store, since, now) }, 200);
    });
}
