/**
 * The responses of the audit trail routes (./audit-routes.ts), for the OpenAPI document
 * only: the `api` Lambda serves the document written at bundling, so its bundle leaves
 * them out.
 */
import * as z from 'zod/mini';
import { component, describeResponses } from '../http/openapi/routes.ts';
import { pick } from '../http/openapi/shared-schemas.ts';
import { trail, changes } from './audit-routes.ts';

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

describeResponses(
  { trail, changes },
  {
    trail: {
      200: {
        description: 'The audit trail',
        content: { 'application/json': { schema: z.object({ items: z.array(event) }) } },
      },
      ...pick(400, 401, 403),
    },
    changes: {
      200: {
        description: 'The changes',
        content: { 'application/json': { schema: z.object({ items: z.array(event) }) } },
      },
      ...pick(400, 401, 403),
    },
  },
);
