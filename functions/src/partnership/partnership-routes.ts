/** `/api/v1/partnership`: the partnership's name, area, charter, group taxonomy and settings (./partnership-queries.ts). */
import { partnership } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, ifMatch } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { etagOf, expectedVersion } from '../records/record-routes.ts';
import { readPartnership, replacePartnership } from './partnership-queries.ts';

export const get = createRoute({
  method: 'get',
  path: '/partnership',
  summary: 'The partnership and its charter',
  tags: ['Partnership'],
});

export const replace = createRoute({
  method: 'put',
  path: '/partnership',
  summary: 'Change the charter, the group taxonomy or the settings',
  description: 'Board admins only. Send If-Match with the ETag you read.',
  tags: ['Partnership'],
  security: bearer,
  request: { headers: ifMatch, body: { content: { 'application/json': { schema: partnership } }, required: true } },
});

export function partnershipRoutes(deps: Pick<QueryDeps, 'store' | 'now'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(get, async (c) => {
      const { partnership: found, version } = await readPartnership(deps, c.get('principal'));
      if (version) c.header('ETag', etagOf(version));
      return c.json(found, 200);
    })
    .openapi(replace, async (c) => {
      const header = c.req.header('if-match');
      const { partnership: record, version } = await replacePartnership(deps, c.get('principal'), {
        body: c.req.valid('json'),
        expectedVersion: header === undefined ? undefined : expectedVersion(header),
      });
      c.header('ETag', etagOf(version));
      return c.json(record, 200);
    });
}
