/**
 * The responses of the public records routes (./public-records-routes.ts), for the
 * OpenAPI document only: the `api` Lambda serves the document written at bundling, so
 * its bundle leaves them out.
 */
import * as z from 'zod/mini';
import { loopOutcomes, loopStatuses } from '@equal-partners/shared';
import { component, describeResponses } from '../http/openapi/routes.ts';
import { pick } from '../http/openapi/shared-schemas.ts';
import { loopsRoute, challengesRoute } from './public-records-routes.ts';

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

/** The Welsh of an entry's public texts: only those whose English is shown, where written (docs/decisions/0404). */
const welsh = (...fields: string[]) =>
  z.optional(
    z
      .object(Object.fromEntries(fields.map((field) => [field, z.optional(z.string())])))
      .check(z.describe('The Welsh of the texts shown, where written; absent with the English')),
  );

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
    cy: welsh('youSaid', 'weDid', 'reason', 'publicStory'),
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
    cy: welsh('text', 'response'),
    overdue: z.boolean().check(z.describe('Unanswered longer than the partnership’s challengeDueDays today')),
    publication,
  }),
);

describeResponses(
  { loopsRoute, challengesRoute },
  {
    loopsRoute: {
      200: {
        description: 'The loops, newest first',
        content: { 'application/json': { schema: z.object({ items: z.array(publicLoop) }) } },
      },
      ...pick(404),
    },
    challengesRoute: {
      200: {
        description: 'The challenges, newest first',
        content: { 'application/json': { schema: z.object({ items: z.array(publicChallenge) }) } },
      },
      ...pick(404),
    },
  },
);
