/**
 * `POST /api/v1/activities:batch`: up to 100 activities in one request, each accepted
 * or rejected on its own, with the same rules as a single create.
 */
import * as z from 'zod/mini';
import { activityInput, actorOf } from '@equal-partners/shared';
import { createRecord, WriteRefused, type RecordKind } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick, problemSchema } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { toProblem } from '../http/problem.ts';
import {
  parseRecord,
  requireKnownReferences,
  refusalProblem,
  requireAllowed,
  requireAnyWrite,
  type ResourceDeps,
} from '../records/record-queries.ts';
import { activityKind } from './activity-entity.ts';
import { loadKnownIds } from '../records/known-ids.ts';

export const maxBatchSize = 100;

const result = z.object({
  index: z.number().check(z.int()),
  id: z.optional(z.string()),
  status: z.number().check(z.int(), z.describe('201 created, 200 already created identically, or the error status')),
  problem: z.optional(problemSchema),
});

const route = createRoute({
  method: 'post',
  path: '/activities:batch',
  tags: ['Activities'],
  summary: `Create up to ${maxBatchSize} activities`,
  description: 'Each activity is accepted or rejected on its own; the response lists the outcome of each, in order.',
  security: bearer,
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ items: z.array(z.unknown()).check(z.minLength(1), z.maxLength(maxBatchSize)) }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: 'The outcome of every item',
      content: {
        'application/json': {
          schema: z.object({
            created: z.number(),
            unchanged: z.number(),
            rejected: z.number(),
            results: z.array(result),
          }),
        },
      },
    },
    ...pick(400, 401, 403, 413, 415),
  },
});

export function activityBatchRoutes(deps: ResourceDeps) {
  return new ApiRoutes<ApiEnv>().openapi(route, async (c) => {
    const principal = c.get('principal');
    requireAnyWrite(principal);
    const { items } = c.req.valid('json');
    // What every item is checked against, read once for the whole batch.
    const known = await loadKnownIds(deps.store);
    const today = deps.today();
    const now = deps.now();
    const results: z.infer<typeof result>[] = [];
    for (const [index, body] of items.entries()) {
      const id = typeof (body as { id?: unknown })?.id === 'string' ? (body as { id: string }).id : undefined;
      try {
        const input = parseRecord(activityInput, body, `/items/${index}`);
        requireAllowed(principal, 'create', 'activity', { signatoryId: input.signatoryId });
        requireKnownReferences(input, known, today, `/items/${index}`);
        const { created } = await createRecord(
          deps.store,
          activityKind as RecordKind<typeof input>,
          input,
          actorOf(principal),
          now,
        );
        results.push({ index, ...(id ? { id } : {}), status: created ? 201 : 200 });
      } catch (error) {
        const problem =
          error instanceof WriteRefused ? refusalProblem(error, 'activity', id ?? '').problem : toProblem(error);
        if (problem.status >= 500) throw error;
        results.push({ index, ...(id ? { id } : {}), status: problem.status, problem });
      }
    }
    const count = (test: (status: number) => boolean) => results.filter((r) => test(r.status)).length;
    return c.json(
      {
        created: count((s) => s === 201),
        unchanged: count((s) => s === 200),
        rejected: count((s) => s >= 400),
        results,
      },
      200,
    );
  });
}
