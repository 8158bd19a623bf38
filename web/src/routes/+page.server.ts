import type { Signatory } from '@equal-partners/shared';
import { getJson } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

interface ActivitySeries {
  from: string;
  to: string;
  series: { month: string; activities: number }[];
}

export const load: PageServerLoad = async () => {
  const [signatories, activity] = await Promise.all([
    getJson<{ items: Signatory[] }>('/api/v1/signatories?limit=200'),
    getJson<ActivitySeries>('/api/v1/metrics/partnership/activities-by-month'),
  ]);
  return { signatories: signatories.items, activity };
};
