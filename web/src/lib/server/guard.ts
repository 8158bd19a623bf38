/**
 * Who may open a page: the same rule the API applies (`authorize` in shared), asked with
 * the signed-in person as the principal, so a page never offers what the API would refuse.
 */
import { error } from '@sveltejs/kit';
import {
  authorize,
  authorizeAnyWrite,
  roles,
  rolesAllowed,
  type Action,
  type PolicySettings,
  type Principal,
  type Resource,
  type Role,
  type Target,
} from '@equal-partners/shared';
import { formatList, t } from '#lib/server/text.ts';
import type { SignedInUser } from './session.ts';

/** The signed-in person as the rules see them. */
export function principalOf(user: SignedInUser): Principal {
  return { kind: 'user', id: user.id, role: user.role, ...(user.signatoryId ? { signatoryId: user.signatoryId } : {}) };
}

/** Their own organisation as the target: what they record, assess or raise speaks for it. */
function ownTarget(user: SignedInUser): Target {
  return {
    signatoryId: user.signatoryId,
    reviewerId: user.signatoryId,
    by: user.role === 'reviewer' ? 'reviewer' : 'self',
  };
}

/**
 * The signed-in person; a 401 page when nobody is, or a 503 when the API could not confirm
 * the session just now (it is busy or down), so that nobody signed in is sent to sign in
 * again, or loses what they posted to a sign-in page.
 */
export function requireSignedIn(locals: App.Locals): SignedInUser {
  const user = locals.user;
  if (!user && locals.signInUnknown) error(503, t('guard.unavailable'));
  if (!user) error(401, t('guard.signIn'));
  return user;
}

type Permission = readonly [Action, Resource];

/** The roles that change records: every page guarded here is for them (commissioners change nothing). */
export type WriterRole = Exclude<Role, 'commissioner'>;
type Writer = SignedInUser & { role: WriterRole };

const isWriter = (user: SignedInUser): user is Writer => authorizeAnyWrite(principalOf(user)).allowed;

/**
 * The signed-in person, if they may do at least one of `permissions` (changes, never
 * reads) for their own organisation (a board admin, for any); otherwise a 403 page naming
 * the roles that may.
 */
export function requireAllowed(
  locals: App.Locals,
  permissions: Permission | readonly Permission[],
  settings: PolicySettings = {},
): Writer {
  const user = requireSignedIn(locals);
  const asked = (typeof permissions[0] === 'string' ? [permissions] : permissions) as readonly Permission[];
  const principal = principalOf(user);
  const allowed = asked.some(
    ([action, resource]) => authorize(principal, action, resource, ownTarget(user), settings).allowed,
  );
  if (allowed && isWriter(user)) return user;
  const roles = new Set(asked.flatMap(([action, resource]) => rolesAllowed(action, resource, settings)));
  error(403, t('guard.role', { roles: formatList([...roles].map((r) => t(`role.${r}`))) }));
}

/** The signed-in person, if they may change any record (not the public, not a commissioner). */
export function requireAnyWrite(locals: App.Locals): Writer {
  const user = requireSignedIn(locals);
  if (isWriter(user)) return user;
  const writers = roles.filter((role) => authorizeAnyWrite({ kind: 'user', id: 'anyone', role }).allowed);
  error(403, t('guard.role', { roles: formatList(writers.map((r) => t(`role.${r}`))) }));
}

/**
 * The signed-in person, if they may read every signatory's exact figures (board admins,
 * commissioners, reviewers where the board allows); otherwise a 403 page naming who may.
 * A signatory's editors read their own organisation's figures only, so pages across the
 * partnership are not theirs.
 */
export function requireReadingEveryone(locals: App.Locals, settings: PolicySettings = {}): SignedInUser {
  const user = requireSignedIn(locals);
  if (authorize(principalOf(user), 'read', 'metrics', {}, settings).allowed) return user;
  const readers = roles.filter(
    (role) =>
      authorize({ kind: 'user', id: 'anyone', role, signatoryId: 'own-organisation' }, 'read', 'metrics', {}, settings)
        .allowed,
  );
  error(403, t('guard.role', { roles: formatList(readers.map((r) => t(`role.${r}`))) }));
}

/** The challenges pages: reviewers raise and close them, the organisation challenged answers. */
export const challengeWork: readonly Permission[] = [
  ['create', 'challenge'],
  ['respond', 'challenge'],
];
