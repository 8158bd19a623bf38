import type { PartnershipView } from '@equal-partners/functions/partnership';
import { authorize, authorizeAnyWrite, type PolicySettings, type Signatory } from '@equal-partners/shared';
import { getJson } from '#lib/server/api.ts';
import { principalOf } from '#lib/server/guard.ts';
import type { SignedInUser } from '#lib/server/session.ts';
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
    publicContact: partnership.settings.publicContact,
    user: user
      ? {
          name: user.name,
          role: user.role,
          organisation: organisation?.name,
          signatoryId: user.signatoryId,
          links: linksFor(user, partnership.settings),
        }
      : undefined,
  };
};

/** The header's links: what the rules (`authorize`, as the API applies them) let this person open. */
function linksFor(user: SignedInUser, settings: PolicySettings) {
  const principal = principalOf(user);
  const overview = authorize(principal, 'read', 'metrics', {}, settings).allowed;
  const ownReport =
    !overview &&
    user.signatoryId !== undefined &&
    authorize(principal, 'read', 'metrics', { signatoryId: user.signatoryId }, settings).allowed;
  return {
    overview,
    ownReport,
    records: authorizeAnyWrite(principal).allowed,
    admin: authorize(principal, 'update', 'partnership').allowed,
  };
}
