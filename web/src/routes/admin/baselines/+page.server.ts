import type { PopulationBaseline } from '@equal-partners/shared';
import { listAll } from '#lib/server/api.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['update', 'baseline']);
  const baselines = await listAll<PopulationBaseline>('/api/v1/baselines');
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
