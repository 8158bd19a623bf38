/**
 * The board's alert e-mails: who the board's e-mails go to, its contact's switch, and, on
 * this computer, the outbox the alerts job writes its messages to (`OUTBOX_DIR`, set by
 * `npm start`; in AWS the messages go through SES and there is no outbox). Board admins only.
 */
import { readOutbox } from '@equal-partners/functions/alerts/outbox';
import { boardContactAlertSetting, saveBoardContactAlertSetting } from '@equal-partners/functions/alerts/alert-queries';
import { switchEmails } from '#lib/server/emails-switch.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { ask, attempt } from '#lib/server/queries.ts';
import { t } from '#lib/server/text.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireAllowed(locals, ['update', 'partnership']);
  const folder = process.env.OUTBOX_DIR;
  const [setting, messages] = await Promise.all([
    ask(boardContactAlertSetting, undefined),
    folder ? readOutbox(folder) : Promise.resolve(undefined),
  ]);
  return { setting, outbox: folder ? { folder, messages: messages ?? [] } : undefined };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireAllowed(locals, ['update', 'partnership']);
    return switchEmails(request, t('alerts.admin.choose'), (emails) =>
      attempt(saveBoardContactAlertSetting, { emails }),
    );
  },
};
