/**
 * Activities per month across the partnership, from its monthly rollups. Counts of
 * activities are not counts of people, so anyone may read them as they are. The API's
 * `/api/v1/metrics/partnership/activities-by-month` (./partnership-activity-routes.ts)
 * and the home page run this.
 */
import * as z from 'zod/mini';
import { addMonths, fillMonthlySeries, monthOf, monthRange, type Principal } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { readPartnershipRollups } from '../rollups/read-rollups.ts';
import { parsedInput } from './report-queries.ts';

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month as YYYY-MM'));

/** The months asked for: by default the 24 to this one. */
export const activityMonthsQuery = z.object({ from: z.optional(month), to: z.optional(month) });

/** One entry per month from `from` to `to`, months without activities as zero. */
export async function activitiesByMonth(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: z.input<typeof activityMonthsQuery>,
) {
  const query = parsedInput(activityMonthsQuery, input);
  const to = query.to ?? monthOf(deps.today().toISOString());
  const from = query.from ?? addMonths(to, -23);
  const rollups = await readPartnershipRollups(deps.store, monthRange(from, to));
  const counts = new Map([...rollups].map(([m, rollup]) => [m, rollup.activities.activities]));
  const series = fillMonthlySeries(counts, from, to).map(({ month: m, value }) => ({ month: m, activities: value }));
  return { from, to, series };
}
