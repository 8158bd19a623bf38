import { authorize, authorizeAnyWrite, type PolicySettings } from '@equal-partners/shared';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { loadPartnership, loadPartnershipForFeedbackPages } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { principalOf } from '#lib/server/guard.ts';
import type { SignedInUser } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** The families' feedback pages: the link's questions and the privacy notes, in both languages. */
const isFeedbackPage = (routeId: string | null) => routeId !== null && /^(\/cy)?\/f\//.test(routeId);

export const load: LayoutServerLoad = async ({ locals, route }) => {
  const user = locals.user;
  const [{ partnership }, organisation] = await Promise.all([
    isFeedbackPage(route.id) ? loadPartnershipForFeedbackPages() : loadPartnership(),
    user?.signatoryId ? ask(signatoryQueries.read, { id: user.signatoryId }) : undefined,
  ]);
  return {
    // The frame works out each page's language from this as the browser moves between pages.
    chosenLocale: locals.chosenLocale,
    partnershipName: partnership.name,
    demoLabel: partnership.demoLabel,
    publicContact: partnership.settings.publicContact,
    user: user
      ? {
          name: user.name,
          role: user.role,
          organisation: organisation?.record.name,
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
