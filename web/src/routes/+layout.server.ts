import type { PartnershipView } from '@equal-partners/functions/store';
import { getJson } from '#lib/server/api.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => {
  const partnership = await getJson<PartnershipView>('/api/v1/partnership');
  return { partnershipName: partnership.name, demoLabel: partnership.demoLabel };
};
