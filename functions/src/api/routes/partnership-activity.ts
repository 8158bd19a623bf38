/**
 * `/api/v1/metrics/partnership/activities-by-month`: activities per month across the partnership.
 * The first slice of the metrics API; it reads raw activities until rollups arrive.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { addMonths, fillMonthlySeries, monthOf } from '@equal-partners/shared';
import { listActivitiesOfSignatory, listSignatories, type Store } from '../../store/index.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month as YYYY-MM');

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Activities per month across the partnership',
  tags: ['Metrics'],
  request: { query: z.object({ from: month.optional(), to: month.optional() }) },
  responses: {
    200: {
      description: 'One entry per month from `from` to `to`, months without activities as zero',
      content: {
        'application/json': {
          schema: z.object({
            from: z.string(),
            to: z.string(),
            series: z.array(z.object({ month: z.string(), activities: z.number().int() })),
          }),
        },
      },
    },
  },
});

export function partnershipActivityRoutes(store: Store, today: () => Date) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const to = query.to ?? monthOf(today().toISOString());
    const from = query.from ?? addMonths(to, -23);
    const signatories = await listSignatories(store);
    const perSignatory = await Promise.all(
      signatories.map((s) => listActivitiesOfSignatory(store, s.id, { from: `${from}-01`, to: `${to}-31` })),
    );
    const counts = new Map<string, number>();
    for (const activity of perSignatory.flat()) {
      const m = monthOf(activity.date);
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const series = fillMonthlySeries(counts, from, to).map(({ month: m, value }) => ({ month: m, activities: value }));
    return c.json({ from, to, series }, 200);
  });
}
