/**
 * `/api/v1/activities/{id}/feedback`: an activity's participant feedback link, read and
 * switched on or off (./feedback-queries.ts). Never the answers: only counts are kept, and
 * no route shows them yet.
 */
import { feedbackSwitchInput } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, idParam } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { readActivityFeedback, switchActivityFeedback } from './feedback-queries.ts';

export const readFeedbackRoute = createRoute({
  method: 'get',
  path: '/activities/{id}/feedback',
  summary: 'An activity’s feedback link',
  description:
    'Its link (`path`, on this site), closing date and wording. The activity’s editors, reviewers, commissioners and the board.',
  tags: ['Participant feedback'],
  security: bearer,
  request: { params: idParam },
});

export const switchFeedbackRoute = createRoute({
  method: 'put',
  path: '/activities/{id}/feedback',
  summary: 'Switch an activity’s feedback link on or off',
  description:
    'The activity’s editors, reviewers and the board. The first time it is switched on the activity gets a link with a ' +
    'random token; switching off and on again keeps it. `closesOn` is the last day answers are counted: by default the ' +
    'partnership’s `feedbackWindowDays` after the activity, at most 60 days after it. Once the window has closed, ' +
    '`closesOn` may be brought forward but not moved later (409, rule `feedbackWindowClosed`): a closed window is not ' +
    'reopened, so figures already shown cannot move by a few answers; left out, it stays the day the window closed.',
  tags: ['Participant feedback'],
  security: bearer,
  request: {
    params: idParam,
    body: { content: { 'application/json': { schema: feedbackSwitchInput } }, required: true },
  },
});

export function feedbackRoutes(deps: QueryDeps) {
  return new ApiRoutes<ApiEnv>()
    .openapi(readFeedbackRoute, async (c) =>
      c.json(await readActivityFeedback(deps, c.get('principal'), { activityId: c.req.valid('param').id }), 200),
    )
    .openapi(switchFeedbackRoute, async (c) =>
      c.json(
        await switchActivityFeedback(deps, c.get('principal'), {
          activityId: c.req.valid('param').id,
          body: c.req.valid('json'),
        }),
        200,
      ),
    );
}
