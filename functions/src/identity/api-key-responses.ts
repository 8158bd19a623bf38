/**
 * The responses of the API key routes (./api-key-routes.ts), for the OpenAPI document
 * only: the `api` Lambda serves the document written at bundling, so its bundle leaves
 * them out.
 */
import * as z from 'zod/mini';
import { apiKeySummary } from '@equal-partners/shared';
import { pick } from '../http/openapi/shared-schemas.ts';
import { issuedApiKey } from './api-key-queries.ts';
import { describeResponses } from '../http/openapi/routes.ts';
import { create, list, revoke } from './api-key-routes.ts';

describeResponses(
  { create, list, revoke },
  {
    create: {
      201: {
        description: 'Issued; the key is in this response only',
        content: { 'application/json': { schema: issuedApiKey } },
      },
      ...pick(400, 401, 403, 415, 422),
    },
    list: {
      200: {
        description: 'Every key, or a signatory’s',
        content: { 'application/json': { schema: z.object({ items: z.array(apiKeySummary) }) } },
      },
      ...pick(401, 403),
    },
    revoke: { 204: { description: 'Revoked: the key no longer works' }, ...pick(401, 403, 404) },
  },
);
