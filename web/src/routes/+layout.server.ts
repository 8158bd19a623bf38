import type { PartnershipView } from '@equal-partners/functions/partnership';
import type { Signatory } from '@equal-partners/shared';
import { getJson } from '#lib/server/api.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
  const user = locals.user;
  const [partnership, organisation] = await Promise.all([
    getJson<PartnershipView>('/api/v1/partnership'),
    user?.signatoryId ? getJson<Signatory>(`/api/v1/signatories/${encodeURIComponent(user.signatoryId)}`) : undefined,
  ]);
  return {
    partnershipName: partnership.name,
    demoLabel: partnership.demoLabel,
    reviewersSeeExactFigures: partnership.settings.reviewersSeeExactFigures === true,
    publicContact: partnership.settings.publicContact,
    user: user
      ? { name: user.name, role: user.role, organisation: organisation?.name, signatoryId: user.signatoryId }
      : undefined,
  };
};
