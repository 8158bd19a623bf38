/**
 * `/api/v1/metrics/partnership/activities-by-month`: activities per month across the partnership.
 * Counts of activities are not counts of people, so this is public as it is. Read from the
 * partnership's monthly rollups.
 */
import * as z from 'zod/mini';
import { addMonths, fillMonthlySeries, monthOf, monthRange } from '@equal-partners/shared';
import { readPartnershipRollups } from '../rollups/read-rollups.ts';
import type { Store } from '../table/index.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month as YYYY-MM'));

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Activities per month across the partnership',
  tags: ['Metrics'],
  request: { query: z.object({ from: z.optional(month), to: z.optional(month) }) },
  responses: {
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
});

export function partnershipActivityRoutes(store: Store, today: () => Date) {
  return new ApiRoutes().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const to = query.to ?? monthOf(today().toISOString());
    const from = query.from ?? addMonths(to, -23);
    const rollups = await readPartnershipRollups(store, monthRange(from, to));
    const counts = new Map([...rollups].map(([m, rollup]) => [m, rollup.activities.activities]));
    const series = fillMonthlySeries(counts, from, to).map(({ month: m, value }) => ({ month: m, activities: value }));
    return c.json({ from, to, series }, 200);
  });
}
