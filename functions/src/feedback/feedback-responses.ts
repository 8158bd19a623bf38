/**
 * The responses of the participant feedback routes (./feedback-routes.ts), for the OpenAPI
 * document only: the `api` Lambda serves the document written at bundling, so its bundle
 * leaves them out.
 */
import * as z from 'zod/mini';
import { feedbackForms } from '@equal-partners/shared';
import { component, describeResponses } from '../http/openapi/routes.ts';
import { pick } from '../http/openapi/shared-schemas.ts';
import { readFeedbackRoute, switchFeedbackRoute } from './feedback-routes.ts';

const activityFeedback = component(
  'ActivityFeedback',
  z.object({
    activity: z.object({
      id: z.string(),
      title: z.string(),
      signatoryId: z.string(),
      date: z.string(),
      participants: z.number().check(z.int(), z.describe('The most answers the activity can have')),
    }),
    feedback: z.optional(
      z
        .object({
          on: z.boolean(),
          token: z.string().check(z.describe('128 random bits, base64url: the link carries nothing else')),
          path: z.string().check(z.describe('The link, on this site: /f/{token}')),
          closesOn: z.string().check(z.describe('The last day answers are counted')),
          form: z.enum(feedbackForms),
        })
        .check(z.describe('Absent until feedback is first switched on')),
    ),
    suggestedClosesOn: z.string().check(z.describe('The closing date used when none is sent')),
  }),
);

describeResponses(
  { readFeedbackRoute, switchFeedbackRoute },
  {
    readFeedbackRoute: {
      200: {
        description: 'The activity’s feedback link',
        content: { 'application/json': { schema: activityFeedback } },
      },
      ...pick(401, 403, 404),
    },
    switchFeedbackRoute: {
      200: { description: 'Switched', content: { 'application/json': { schema: activityFeedback } } },
      ...pick(400, 401, 403, 404, 415),
    },
  },
);
