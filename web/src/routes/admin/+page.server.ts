import { requireAllowed } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireAllowed(locals, ['update', 'partnership']);
};
