/** Who may open a page: signed-in people with one of the roles the page is for. */
import { error } from '@sveltejs/kit';
import type { Role } from '@equal-partners/shared';
import { t } from '#lib/i18n/index.ts';
import type { SignedInUser } from './session.ts';

/**
 * The signed-in person, if their role is one of `roles` (and typed so); otherwise a 403 page
 * that says why, or a 503 when the API could not confirm the session just now (it is busy
 * or down), so that nobody signed in is sent to sign in again, or loses what they posted
 * to a sign-in page.
 */
export function requireRole<R extends Role>(locals: App.Locals, roles: readonly R[]): SignedInUser & { role: R } {
  const user = locals.user;
  if (!user && locals.signInUnknown) error(503, t('guard.unavailable'));
  if (!user) error(401, t('guard.signIn'));
  if (!isOneOf(user.role, roles)) {
    error(403, t('guard.role', { roles: roles.map((r) => t(`role.${r}`)).join(', ') }));
  }
  return { ...user, role: user.role };
}

function isOneOf<R extends Role>(role: Role, roles: readonly R[]): role is R {
  return (roles as readonly Role[]).includes(role);
}
