/**
 * The responses of the activities-by-month route (./partnership-activity-routes.ts), for
 * the OpenAPI document only: the `api` Lambda serves the document written at bundling,
 * so its bundle leaves them out.
 */
import * as z from 'zod/mini';
import { describeResponses } from '../http/openapi/routes.ts';
import { route } from './partnership-activity-routes.ts';

describeResponses(
  { route },
  {
    route: {
      200: {
        description: 'One entry per month from `from` to `to`, months without activities as zero',
        content: {
          'application/json': {
            schema: z.object({
              from: z.string(),
              to: z.string(),
              series: z.array(z.object({ month: z.string(), activities: z.number().check(z.int()) })),
            }),
          },
        },
      },
    },
  },
);
