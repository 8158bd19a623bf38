import { getJson } from '#lib/server/api.ts';
import { loadSignatories } from '#lib/server/partnership.ts';
import type { PageServerLoad } from './$types';

interface ActivitySeries {
  from: string;
  to: string;
  series: { month: string; activities: number }[];
}

export const load: PageServerLoad = async () => {
  // Every signatory, through every page of the list: a partnership can have more than one page of them.
  const [signatories, activity] = await Promise.all([
    loadSignatories(),
    getJson<ActivitySeries>('/api/v1/metrics/partnership/activities-by-month'),
  ]);
  return { signatories, activity };
};
