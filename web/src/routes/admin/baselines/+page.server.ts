import { baselineQueries } from '@equal-partners/functions/partnership/baseline-queries';
import { requireAllowed } from '#lib/server/guard.ts';
import { askAll } from '#lib/server/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['update', 'baseline']);
  const baselines = await askAll(baselineQueries.list, {});
  return {
    saved: url.searchParams.get('saved'),
    baselines: baselines
      .sort((a, b) => b.year - a.year)
      .map((b) => ({
        year: b.year,
        source: b.source,
        population: b.population,
        groups: Object.keys(b.groupShares).length,
      })),
  };
};
