/**
 * The person's own account: who they are signed in as, and whether they get the daily
 * e-mails of work waiting for them (saved with the page's language, which the e-mails are
 * then written in). Forms post to the server; no script is needed.
 */
import { fail } from '@sveltejs/kit';
import { myAlertSetting, saveMyAlertSetting } from '@equal-partners/functions/alerts/alert-queries';
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
    const choice = String((await request.formData()).get('emails') ?? '');
    if (choice !== 'on' && choice !== 'off')
      return fail(400, { values: {}, errors: [{ field: 'emails', message: t('alerts.account.choose') }] });
    const result = await attempt(saveMyAlertSetting, { emails: choice === 'on', locale: locals.locale });
    if (!result.ok)
      return fail(result.status, { values: { emails: choice }, errors: [], problem: result.problem.detail });
    return { values: { emails: choice }, errors: [], saved: true };
  },
};
