/**
 * `/api/v1/api-keys`: board admins issue keys for a signatory's systems (./api-key-queries.ts).
 * The key is in the create response only; afterwards only its prefix, label and last use are shown.
 */
import * as z from 'zod/mini';
import { apiKeyRequest, apiKeySummary } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { apiKeyFilter, apiKeyPrefix, issueApiKey, issuedApiKey, listApiKeys, revokeApiKey } from './api-key-queries.ts';

const create = createRoute({
  method: 'post',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Issue an API key for a signatory',
  security: bearer,
  request: { body: { content: { 'application/json': { schema: apiKeyRequest } }, required: true } },
  responses: {
    201: {
      description: 'Issued; the key is in this response only',
      content: { 'application/json': { schema: issuedApiKey } },
    },
    ...pick(400, 401, 403, 415, 422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'List API keys (never the keys themselves)',
  security: bearer,
  request: { query: apiKeyFilter },
  responses: {
    200: {
      description: 'Every key, or a signatory’s',
      content: { 'application/json': { schema: z.object({ items: z.array(apiKeySummary) }) } },
    },
    ...pick(401, 403),
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/api-keys/{prefix}',
  tags: ['API keys'],
  summary: 'Revoke an API key',
  security: bearer,
  request: { params: apiKeyPrefix },
  responses: { 204: { description: 'Revoked: the key no longer works' }, ...pick(401, 403, 404) },
});

export function apiKeyRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(create, async (c) =>
      c.json(await issueApiKey(deps, c.get('principal'), { body: c.req.valid('json') }), 201),
    )
    .openapi(list, async (c) => c.json(await listApiKeys(deps, c.get('principal'), c.req.valid('query')), 200))
    .openapi(revoke, async (c) => {
      await revokeApiKey(deps, c.get('principal'), c.req.valid('param'));
      return c.body(null, 204);
    });
}
