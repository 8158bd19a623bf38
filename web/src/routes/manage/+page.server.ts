import { requireRole } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  const user = requireRole(locals, ['board-admin', 'signatory-editor', 'reviewer']);
  return { role: user.role };
};
