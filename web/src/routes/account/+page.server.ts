/**
 * The person's own account: who they are signed in as, and whether they get the daily
 * e-mails of work waiting for them (saved with the page's language, which the e-mails are
 * then written in). Forms post to the server; no script is needed.
 */
import { myAlertSetting, saveMyAlertSetting } from '@equal-partners/functions/alerts/alert-queries';
import { switchEmails } from '#lib/server/emails-switch.ts';
import { requireSignedIn } from '#lib/server/guard.ts';
import { loadSignatories } from '#lib/server/partnership.ts';
import { ask, attempt } from '#lib/server/queries.ts';
import { t } from '#lib/server/text.ts';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals }) => {
  const user = requireSignedIn(locals);
  const [setting, signatories] = await Promise.all([ask(myAlertSetting, undefined), loadSignatories()]);
  return {
    account: {
      name: user.name,
      role: user.role,
      organisation: signatories.find((s) => s.id === user.signatoryId)?.name,
    },
    setting,
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireSignedIn(locals);
    return switchEmails(request, t('alerts.account.choose'), (emails) =>
      attempt(saveMyAlertSetting, { emails, locale: locals.locale }),
    );
  },
};
