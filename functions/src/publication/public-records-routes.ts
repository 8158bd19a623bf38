/**
 * `/api/v1/public/signatories/{id}/loops` and `…/challenges`: a signatory's public
 * "you said, we did" log and answered challenges, with no sign-in (./public-record-queries.ts).
 */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { idParam } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { publicChallengesOf, publicLoopsOf } from './public-record-queries.ts';

export const loopsRoute = createRoute({
  method: 'get',
  path: '/public/signatories/{id}/loops',
  summary: 'A signatory’s "you said, we did" log (public)',
  description:
    'Every feedback loop raised so far, newest first, without evidence links or unconsented stories; the texts of ' +
    'a loop only once they were checked and published.',
  tags: ['Public records'],
  request: { params: idParam },
});

export const challengesRoute = createRoute({
  method: 'get',
  path: '/public/signatories/{id}/challenges',
  summary: 'Challenges to a signatory that were answered or are overdue (public)',
  description:
    'A challenge becomes public once answered, or once it is unanswered for longer than challengeDueDays; its ' +
    'texts only once they were checked and published.',
  tags: ['Public records'],
  request: { params: idParam },
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
