/**
 * `/api/v1/api-keys`: board admins issue keys for a signatory's systems. The key is
 * in the create response only; afterwards only its prefix, label and last use are shown.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { actorOf, apiKeyRequest, apiKeySummary, asZodIssues, checkReferences } from '@equal-partners/shared';
import { generateApiKey } from './api-keys.ts';
import { listRecords, withoutKeys, type Store } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { ProblemError, fieldErrors } from '../http/problem.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { apiKeyKeys, apiKeyList } from './identity-entities.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

const issued = z.extend(apiKeySummary, {
  key: z.string().check(z.describe('The key: shown this once, never again. Send it as "Authorization: Bearer <key>".')),
});

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
      content: { 'application/json': { schema: issued } },
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
  request: { query: z.object({ signatoryId: z.optional(z.string().check(z.maxLength(64))) }) },
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
  request: { params: z.object({ prefix: z.string().check(z.regex(/^ep_[0-9a-f]{8}$/)) }) },
  responses: { 204: { description: 'Revoked: the key no longer works' }, ...pick(401, 403, 404) },
});

type KeyItem = z.infer<typeof apiKeySummary> & { pk: string; sk: string };

function summary(item: Record<string, unknown>) {
  const { entity: _entity, ...rest } = withoutKeys(item) as Record<string, unknown>;
  return apiKeySummary.parse(rest);
}

export function apiKeyRoutes(store: Store, today: () => Date, now: () => Date) {
  return new ApiRoutes<ApiEnv>()
    .openapi(create, async (c) => {
      const principal = c.get('principal');
      requireAllowed(principal, 'create', 'api-key', {});
      const request = c.req.valid('json');
      const issues = checkReferences(request, await loadKnownIds(store), today());
      if (issues.length > 0) {
        throw new ProblemError(
          422,
          'invalid-reference',
          'The request breaks a rule',
          'The signatory does not exist.',
          fieldErrors(asZodIssues(issues)),
        );
      }
      const key = generateApiKey();
      const record = {
        ...request,
        prefix: key.prefix,
        createdAt: now().toISOString(),
        createdBy: actorOf(principal),
        revoked: false,
      };
      await store.client.send(
        new PutCommand({
          TableName: store.tableName,
          Item: {
            ...record,
            ...apiKeyKeys({ ...key, signatoryId: request.signatoryId }),
            entity: 'api-key',
            version: 1,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return c.json({ ...record, key: key.key }, 201);
    })
    .openapi(list, async (c) => {
      requireAllowed(c.get('principal'), 'read', 'api-key', {});
      const { signatoryId } = c.req.valid('query');
      const page = await listRecords<Record<string, unknown>>(store, {
        index: signatoryId ? 'gsi1' : 'gsi2',
        partition: signatoryId ? signatoryRecords(signatoryId, apiKeyList) : apiKeyList,
        limit: 200,
      });
      return c.json({ items: page.items.map(summary) }, 200);
    })
    .openapi(revoke, async (c) => {
      const principal = c.get('principal');
      requireAllowed(principal, 'delete', 'api-key', {});
      const { prefix } = c.req.valid('param');
      const found = await store.client.send(
        new QueryCommand({
          TableName: store.tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk = :prefix',
          ExpressionAttributeValues: { ':pk': apiKeyList, ':prefix': prefix },
        }),
      );
      const item = found.Items?.[0] as KeyItem | undefined;
      if (!item) throw new ProblemError(404, 'not-found', 'Not found', `There is no API key starting ${prefix}.`);
      const { Item: current } = await store.client.send(
        new GetCommand({ TableName: store.tableName, Key: { pk: item.pk, sk: item.sk } }),
      );
      await store.client.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression:
            'SET revoked = :yes, revokedAt = :now, updatedBy = :actor, updatedAt = :now, version = :next',
          ExpressionAttributeValues: {
            ':yes': true,
            ':now': now().toISOString(),
            ':actor': actorOf(principal),
            ':next': Number(current?.version ?? 1) + 1,
          },
        }),
      );
      return c.body(null, 204);
    });
}
