import { activitiesByMonth } from '@equal-partners/functions/reports/partnership-activity-queries';
import { loadSignatories } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  // Every signatory, through every page of the list: a partnership can have more than one page of them.
  const [signatories, activity] = await Promise.all([loadSignatories(), ask(activitiesByMonth, {})]);
  return { signatories, activity };
};
