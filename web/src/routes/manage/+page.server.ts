import { publishesTexts } from '@equal-partners/shared';
import { requireAnyWrite } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const user = requireAnyWrite(locals);
  const { partnership } = await loadPartnership();
  return { role: user.role, publishes: publishesTexts({ role: user.role }, partnership.settings) };
};
