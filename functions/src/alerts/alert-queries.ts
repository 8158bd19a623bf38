/**
 * The alert e-mail settings the pages change: a person's own (their account page), and the
 * board contact's (the board's alerts page, board admins only). A setting holds whether the
 * e-mails are wanted and the language of the page it was saved on; nothing else.
 */
import type { Principal } from '@equal-partners/shared';
import type { Query } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { requireAllowed } from '../records/record-queries.ts';
import {
  boardContact,
  getAlertSetting,
  putAlertSetting,
  recipientOfUser,
  type RecipientKey,
} from './alert-delivery-entity.ts';
import { isEmailAddress } from './alert-job.ts';

export interface AlertSettingInput {
  emails: boolean;
  /** The language of the page the setting was saved on: the e-mails are written in it. */
  locale: 'en' | 'cy';
}

export interface AlertSettingView {
  emails: boolean;
  locale?: 'en' | 'cy';
}

/** The account of the person asking; only people (not API keys, not the public) have one. */
function ownRecipient(principal: Principal): RecipientKey {
  if (principal.kind !== 'user')
    throw new ProblemError(401, 'unauthenticated', 'Not signed in', 'Sign in to change the e-mails you get.');
  return recipientOfUser(principal.id);
}

const viewOf = async (deps: Parameters<Query<unknown, unknown>>[0], recipient: RecipientKey) => {
  const setting = await getAlertSetting(deps.store, recipient);
  return { emails: setting?.emails ?? true, ...(setting?.locale ? { locale: setting.locale } : {}) };
};

/** The person's own setting: e-mails on unless they switched them off. */
export const myAlertSetting: Query<undefined, AlertSettingView> = (deps, principal) =>
  viewOf(deps, ownRecipient(principal));

export const saveMyAlertSetting: Query<AlertSettingInput, AlertSettingView> = async (deps, principal, input) => {
  const recipient = ownRecipient(principal);
  await putAlertSetting(deps.store, { recipient, ...input, updatedAt: deps.now().toISOString() });
  return viewOf(deps, recipient);
};

/** The board contact's setting, and the contact itself as the settings hold it (board admins only). */
export const boardContactAlertSetting: Query<
  undefined,
  AlertSettingView & { contact?: string; isEmail: boolean }
> = async (deps, principal) => {
  requireAllowed(principal, 'update', 'partnership', {});
  const [view, partnership] = await Promise.all([viewOf(deps, boardContact), getPartnership(deps.store)]);
  const contact = partnership?.settings.publicContact;
  return { ...view, ...(contact ? { contact } : {}), isEmail: isEmailAddress(contact) };
};

/** Switches the board contact's e-mails on or off; they stay in both languages (the board's contact is shared). */
export const saveBoardContactAlertSetting: Query<{ emails: boolean }, AlertSettingView> = async (
  deps,
  principal,
  input,
) => {
  requireAllowed(principal, 'update', 'partnership', {});
  await putAlertSetting(deps.store, {
    recipient: boardContact,
    emails: input.emails,
    updatedAt: deps.now().toISOString(),
  });
  return viewOf(deps, boardContact);
};
