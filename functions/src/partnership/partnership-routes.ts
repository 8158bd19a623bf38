/** `/api/v1/partnership`: the partnership's name, area, charter, group taxonomy and settings. */
import * as z from 'zod/mini';
import { actorOf, partnership } from '@equal-partners/shared';
import { updateRecord, WriteRefused, type Store } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, ifMatch, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { ProblemError, fieldErrors } from '../http/problem.ts';
import { refusalProblem, requireAllowed } from '../records/record-queries.ts';
import { etagOf } from '../records/record-routes.ts';
import { getPartnership, partnershipKind } from './partnership-entity.ts';

const get = createRoute({
  method: 'get',
  path: '/partnership',
  summary: 'The partnership and its charter',
  tags: ['Partnership'],
  responses: {
    200: {
      description: 'The partnership; `demoLabel` is present when it is the fictional demo partnership',
      content: { 'application/json': { schema: z.extend(partnership, { demoLabel: z.optional(z.string()) }) } },
    },
    ...pick(404),
  },
});

const replace = createRoute({
  method: 'put',
  path: '/partnership',
  summary: 'Change the charter, the group taxonomy or the settings',
  description: 'Board admins only. Send If-Match with the ETag you read.',
  tags: ['Partnership'],
  security: bearer,
  request: { headers: ifMatch, body: { content: { 'application/json': { schema: partnership } }, required: true } },
  responses: {
    200: { description: 'Changed', content: { 'application/json': { schema: partnership } } },
    ...pick(400, 401, 403, 404, 412, 415, 428),
  },
});

export function partnershipRoutes(store: Store, now: () => Date) {
  return new ApiRoutes<ApiEnv>()
    .openapi(get, async (c) => {
      const found = await getPartnership(store);
      if (!found)
        throw new ProblemError(
          404,
          'not-found',
          'No partnership yet',
          'This deployment has no partnership set up yet.',
        );
      if (found.version) c.header('ETag', etagOf(found.version));
      return c.json(found, 200);
    })
    .openapi(replace, async (c) => {
      const principal = c.get('principal');
      requireAllowed(principal, 'update', 'partnership', {});
      const parsed = partnership.safeParse(c.req.valid('json'));
      if (!parsed.success) {
        throw new ProblemError(
          400,
          'validation',
          'Your request has errors',
          'The request body has errors: fix each field listed.',
          fieldErrors(parsed.error.issues),
        );
      }
      const version = Number(/\d+/.exec(c.req.header('if-match') ?? '')?.[0] ?? NaN);
      if (Number.isNaN(version)) {
        throw new ProblemError(
          428,
          'precondition-required',
          'If-Match required',
          'Send If-Match with the ETag you read, so a change made since is not overwritten.',
        );
      }
      try {
        const { record } = await updateRecord(
          store,
          partnershipKind,
          'partnership',
          parsed.data,
          version,
          actorOf(principal),
          now(),
        );
        c.header('ETag', etagOf(record.version));
        return c.json(record, 200);
      } catch (error) {
        if (error instanceof WriteRefused) throw refusalProblem(error, 'partnership', 'partnership');
        throw error;
      }
    });
}
