/**
 * `/api/v1/public/signatories/{id}/loops` and `…/challenges`: a signatory's public
 * "you said, we did" log and answered challenges, with no sign-in (./public-record-queries.ts).
 */
import * as z from 'zod/mini';
import { loopOutcomes, loopStatuses } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { idParam, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { publicChallengesOf, publicLoopsOf } from './public-record-queries.ts';

const publication = component(
  'PublicPublication',
  z.object({
    status: z.enum(['published', 'waiting']),
    since: z.optional(z.string().check(z.describe('Waiting: the day its texts started waiting to be checked'))),
    days: z.optional(z.number().check(z.int(), z.describe('Waiting: days waited so far'))),
    overdue: z.optional(z.boolean().check(z.describe('Waiting: longer than the partnership’s publishWithinDays'))),
  }),
);

const unlessWaiting = (schema: z.ZodMiniString) =>
  z.optional(schema.check(z.describe('Absent while the texts wait to be checked before they are public')));

const publicLoop = component(
  'PublicFeedbackLoop',
  z.object({
    id: z.string(),
    raisedOn: z.string(),
    youSaid: unlessWaiting(z.string()),
    weDid: unlessWaiting(z.string()),
    status: z.enum(loopStatuses),
    reason: unlessWaiting(z.string()),
    reportedTo: z.optional(z.string()),
    respondedOn: z.optional(z.string()),
    communicatedOn: z.optional(z.string()),
    outcome: z.optional(z.enum(loopOutcomes)),
    principles: z.array(z.string()),
    publicStory: z.optional(z.string().check(z.describe('Only when consent to publish was given'))),
    daysToClose: z.optional(z.number().check(z.int())),
    overdue: z.boolean().check(z.describe('Open longer than the partnership’s loopDueDays today')),
    publication,
  }),
);

const publicChallenge = component(
  'PublicChallenge',
  z.object({
    id: z.string(),
    reviewerId: z.string(),
    raisedOn: z.string(),
    text: unlessWaiting(z.string()),
    principles: z.array(z.string()),
    response: unlessWaiting(z.string()),
    respondedOn: z.optional(z.string()),
    closure: z.optional(z.enum(['resolved', 'unresolved'])),
    closedOn: z.optional(z.string()),
    overdue: z.boolean().check(z.describe('Unanswered longer than the partnership’s challengeDueDays today')),
    publication,
  }),
);

const loopsRoute = createRoute({
  method: 'get',
  path: '/public/signatories/{id}/loops',
  summary: 'A signatory’s "you said, we did" log (public)',
  description:
    'Every feedback loop raised so far, newest first, without evidence links or unconsented stories; the texts of ' +
    'a loop only once they were checked and published.',
  tags: ['Public records'],
  request: { params: idParam },
  responses: {
    200: {
      description: 'The loops, newest first',
      content: { 'application/json': { schema: z.object({ items: z.array(publicLoop) }) } },
    },
    ...pick(404),
  },
});

const challengesRoute = createRoute({
  method: 'get',
  path: '/public/signatories/{id}/challenges',
  summary: 'Challenges to a signatory that were answered or are overdue (public)',
  description:
    'A challenge becomes public once answered, or once it is unanswered for longer than challengeDueDays; its ' +
    'texts only once they were checked and published.',
  tags: ['Public records'],
  request: { params: idParam },
  responses: {
    200: {
      description: 'The challenges, newest first',
      content: { 'application/json': { schema: z.object({ items: z.array(publicChallenge) }) } },
    },
    ...pick(404),
  },
});

export function publicRecordRoutes(deps: Pick<QueryDeps, 'store' | 'today'>) {
  return new ApiRoutes<ApiEnv>()
    .openapi(loopsRoute, async (c) =>
      c.json(await publicLoopsOf(deps, c.get('principal'), { signatoryId: c.req.valid('param').id }), 200),
    )
    .openapi(challengesRoute, async (c) =>
      c.json(await publicChallengesOf(deps, c.get('principal'), { signatoryId: c.req.valid('param').id }), 200),
    );
}
