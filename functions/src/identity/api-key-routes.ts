/**
 * `/api/v1/api-keys`: board admins issue keys for a signatory's systems (./api-key-queries.ts).
 * The key is in the create response only; afterwards only its prefix, label and last use are shown.
 */
import { apiKeyRequest } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { apiKeyFilter, apiKeyPrefix, issueApiKey, listApiKeys, revokeApiKey } from './api-key-queries.ts';

export const create = createRoute({
  method: 'post',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Issue an API key for a signatory',
  security: bearer,
  request: { body: { content: { 'application/json': { schema: apiKeyRequest } }, required: true } },
});

export const list = createRoute({
  method: 'get',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'List API keys (never the keys themselves)',
  security: bearer,
  request: { query: apiKeyFilter },
});

export const revoke = createRoute({
  method: 'delete',
  path: '/api-keys/{prefix}',
  tags: ['API keys'],
  summary: 'Revoke an API key',
  security: bearer,
  request: { params: apiKeyPrefix },
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
