/**
 * `/api/v1/publication/waiting`, `/api/v1/{loops,challenges,signatories}/{id}/publication` and
 * `…/redactions`: the texts waiting to be checked, publishing or withdrawing a record's
 * texts, and removing a name from them and their history (./publication-queries.ts).
 */
import * as z from 'zod/mini';
import { publicationStatuses, type ModeratedKind } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, idParam, ifMatch, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { etagOf, expectedVersion } from '../records/record-routes.ts';
import { challengeRecord } from '../challenges/challenge-resource.ts';
import { feedbackLoopRecord } from '../loops/loop-resource.ts';
import { signatories } from '../signatories/signatory-resource.ts';
import { nameRemoval, publishTexts, removeName, waitingText, waitingTexts } from './publication-queries.ts';

const kinds = {
  loop: { path: 'loops', noun: 'feedback loop', tag: 'Feedback loops', record: feedbackLoopRecord },
  challenge: { path: 'challenges', noun: 'challenge', tag: 'Challenges', record: challengeRecord },
  // The reason for an award made against the criteria (docs/decisions/0110).
  signatory: { path: 'signatories', noun: 'signatory', tag: 'Signatories', record: signatories.record },
} as const satisfies Record<ModeratedKind, unknown>;

const waitingEntry = component('WaitingText', waitingText);

const waitingRoute = createRoute({
  method: 'get',
  path: '/publication/waiting',
  tags: ['Publication'],
  summary: 'Texts waiting to be checked before they are public, oldest first',
  description:
    'The loops, challenges and award reasons whose texts the caller may publish: every one for board admins; their own ' +
    'organisation’s loops for signatory editors where the partnership allows (editorsMayPublish).',
  security: bearer,
  responses: {
    200: {
      description: 'The waiting texts, oldest first',
      content: { 'application/json': { schema: z.object({ items: z.array(waitingEntry) }) } },
    },
    ...pick(401, 403),
  },
});

const publishRoute = (kind: ModeratedKind) =>
  createRoute({
    method: 'put',
    path: `/${kinds[kind].path}/{id}/publication`,
    tags: [kinds[kind].tag],
    summary: `Publish a ${kinds[kind].noun}’s texts, or withdraw them`,
    description:
      '`published` marks the texts ready to publish; `waiting` withdraws them from the public pages until they are ' +
      'published again. Send the version whose texts you checked as If-Match: if they changed since, 412. A text ' +
      'changed after it is published waits to be checked again.',
    security: bearer,
    request: {
      params: idParam,
      headers: ifMatch,
      body: {
        content: { 'application/json': { schema: z.object({ status: z.enum(publicationStatuses) }) } },
        required: true,
      },
    },
    responses: {
      200: {
        description: 'Done; the new version is the ETag',
        content: { 'application/json': { schema: kinds[kind].record } },
      },
      ...pick(400, 401, 403, 404, 412, 415, 428),
    },
  });

const redactRoute = (kind: ModeratedKind) =>
  createRoute({
    method: 'post',
    path: `/${kinds[kind].path}/{id}/redactions`,
    tags: [kinds[kind].tag],
    summary: `Remove a name from a ${kinds[kind].noun}’s texts and their history`,
    description:
      'Replaces every occurrence (ignoring case) with "[name removed]" in the texts and in every before and after ' +
      'image of the record’s audit trail. The trail records who removed a name, when and from which texts, never ' +
      'the name. If-Match is optional. Board admins can also remove a name from the audit trail of a deleted record ' +
      '(the answer then has no `record`).',
    security: bearer,
    request: {
      params: idParam,
      headers: ifMatch,
      body: { content: { 'application/json': { schema: nameRemoval } }, required: true },
    },
    responses: {
      200: {
        description: 'Removed; the new version is the ETag',
        content: {
          'application/json': {
            schema: z.object({
              record: z.optional(kinds[kind].record),
              removedFrom: z.object({
                fields: z.array(z.string()).check(z.describe('The texts of the record it was removed from')),
                auditEvents: z.number().check(z.int(), z.describe('Audit events it was removed from')),
              }),
            }),
          },
        },
      },
      ...pick(400, 401, 403, 404, 412, 415, 422),
    },
  });

export function publicationRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>) {
  const routes = new ApiRoutes<ApiEnv>().openapi(waitingRoute, async (c) =>
    c.json(await waitingTexts(deps, c.get('principal')), 200),
  );

  for (const kind of ['loop', 'challenge', 'signatory'] as const) {
    routes.openapi(publishRoute(kind), async (c) => {
      const { record, version } = await publishTexts(deps, c.get('principal'), {
        kind,
        id: c.req.valid('param').id,
        status: c.req.valid('json').status,
        expectedVersion: expectedVersion(c.req.header('if-match')),
      });
      c.header('ETag', etagOf(version));
      return c.json(record, 200);
    });

    routes.openapi(redactRoute(kind), async (c) => {
      const { record, version, removedFrom } = await removeName(deps, c.get('principal'), {
        kind,
        id: c.req.valid('param').id,
        remove: c.req.valid('json').remove,
        expectedVersion: expectedVersion(c.req.header('if-match')),
      });
      if (version !== undefined) c.header('ETag', etagOf(version));
      return c.json({ ...(record ? { record } : {}), removedFrom }, 200);
    });
  }
  return routes;
}
