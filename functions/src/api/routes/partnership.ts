/** `GET /api/v1/partnership`: the partnership's name, area, charter, group taxonomy and settings. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { partnership } from '@equal-partners/shared';
import { getPartnership, type Store } from '../../store/index.ts';
import { ProblemError } from '../problem.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'The partnership and its charter',
  tags: ['Partnership'],
  responses: {
    200: {
      description: 'The partnership; `demoLabel` is present when it is the fictional demo partnership',
      content: { 'application/json': { schema: partnership.extend({ demoLabel: z.string().optional() }) } },
    },
  },
});

export function partnershipRoutes(store: Store) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const found = await getPartnership(store);
    if (!found)
      throw new ProblemError(404, 'not-found', 'No partnership yet', 'This deployment has no partnership set up yet.');
    return c.json(found, 200);
  });
}
