import { requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories } from '#lib/server/partnership.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['update', 'signatory']);
  const signatories = await loadSignatories();
  return {
    saved: url.searchParams.get('saved'),
    // What the save did to the award, for the confirmation (#lib/server/award-form.ts).
    award: (['against', 'awarded'] as const).find((made) => made === url.searchParams.get('award')),
    signatories: signatories
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => ({
        id: s.id,
        name: s.name,
        sector: s.sector,
        signedOn: s.signedOn,
        charterStatus: s.charterStatus,
        active: s.active,
      })),
  };
};
