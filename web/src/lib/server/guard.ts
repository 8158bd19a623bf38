/** Who may open a page: signed-in people with one of the roles the page is for. */
import { error } from '@sveltejs/kit';
import type { Role } from '@equal-partners/shared';
import { t } from '#lib/i18n/index.ts';
import type { SignedInUser } from './session.ts';

/** The signed-in person, if their role is one of `roles`; otherwise a 403 page that says why. */
export function requireRole(locals: App.Locals, roles: readonly Role[]): SignedInUser {
  const user = locals.user;
  if (!user) error(401, t('guard.signIn'));
  if (!roles.includes(user.role)) error(403, t('guard.role', { roles: roles.map((r) => t(`role.${r}`)).join(', ') }));
  return user;
}
