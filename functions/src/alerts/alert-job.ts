/**
 * The daily alerts job: tells each signatory's editors what of their organisation needs
 * action, and the board what needs action across the partnership, by e-mail (Amazon SES in
 * AWS, files in an outbox folder locally). Who receives what:
 * - each enabled signatory editor's account: that signatory's items;
 * - the board's contact (the settings' `publicContact`) when it is an e-mail address, every
 *   item; when it is not, each enabled board admin's account instead.
 * Anyone switched off (their account page; the board contact on the alerts page) gets nothing.
 *
 * Once a day and never twice (docs/decisions/0212): before sending, each item is written as a
 * delivery for the recipient and the day, on condition that none exists; the message then
 * carries every delivery of the recipient still pending (today's, and any an earlier run
 * failed to send), and only a send that succeeded marks them sent. A run repeated on the same
 * day finds today's deliveries sent and sends nothing; a failed send leaves them pending for
 * the next run. Logs hold account ids and counts, never an e-mail address.
 */
import { dayOf, type UserAccount } from '@equal-partners/shared';
import { getPartnership } from '../partnership/partnership-entity.ts';
import type { UserDirectory } from '../identity/user-directory.ts';
import type { Store } from '../table/index.ts';
import {
  boardContact,
  listAlertSettings,
  listPendingDeliveries,
  markDeliverySent,
  putPendingDelivery,
  recipientOfUser,
  type AlertDelivery,
  type AlertSetting,
  type RecipientKey,
} from './alert-delivery-entity.ts';
import { dueAlerts, itemKey, type AlertItem } from './alert-items.ts';
import { alertMessage, type AlertMessage, type SwitchOffPage } from './alert-message.ts';

/** What sends one e-mail: SES in AWS (./ses-sender.ts), the outbox folder locally (./outbox.ts). */
export interface AlertSender {
  send(message: AlertMessage): Promise<void>;
}

export interface AlertJobDeps {
  store: Store;
  users: UserDirectory;
  sender: AlertSender;
  /** The day the alerts are for. */
  today: () => Date;
  /** When deliveries are marked sent. */
  now?: () => Date;
  /** The site's address, for the links in the messages (no trailing slash). */
  siteUrl: string;
  /** Where a failed send is reported (an account id or `board-contact`, and the error's name). */
  warn?: (message: string, fields: Record<string, unknown>) => void;
}

export interface AlertRunReport {
  day: string;
  /** Recipients with something to receive today or pending from an earlier run. */
  recipients: number;
  /** Messages sent. */
  sent: number;
  /** Items those messages carried. */
  items: number;
  /** Messages that failed, left pending for the next run. */
  failed: number;
  /** Recipients who switched the e-mails off. */
  switchedOff: number;
}

interface Recipient {
  key: RecipientKey;
  address: string;
  items: AlertItem[];
  switchOff: SwitchOffPage;
}

/** Whether a contact is an e-mail address (it may be a web page or a telephone number). */
export const isEmailAddress = (contact: string | undefined): contact is string =>
  contact !== undefined && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.trim());

const enabledWithRole = (accounts: readonly UserAccount[], role: UserAccount['role']) =>
  accounts.filter((a) => a.enabled && a.role === role && isEmailAddress(a.email));

/** Everyone who receives alerts today, and their items. */
function recipientsOf(
  accounts: readonly UserAccount[],
  publicContact: string | undefined,
  bySignatory: ReadonlyMap<string, AlertItem[]>,
): Recipient[] {
  const all = [...bySignatory.values()].flat();
  const board: Recipient[] = isEmailAddress(publicContact)
    ? [{ key: boardContact, address: publicContact.trim(), items: all, switchOff: '/admin/alerts' }]
    : enabledWithRole(accounts, 'board-admin').map((a) => ({
        key: recipientOfUser(a.id),
        address: a.email,
        items: all,
        switchOff: '/account',
      }));
  const editors = enabledWithRole(accounts, 'signatory-editor')
    .filter((a) => a.signatoryId !== undefined)
    .map((a): Recipient => ({
      key: recipientOfUser(a.id),
      address: a.email,
      items: bySignatory.get(a.signatoryId!) ?? [],
      switchOff: '/account',
    }));
  return [...board, ...editors];
}

/** Each item once: a pending delivery of a later day stands for the same item's earlier ones. */
function latestItems(pending: readonly AlertDelivery<AlertItem>[]): AlertItem[] {
  const byKey = new Map<string, AlertDelivery<AlertItem>>();
  for (const delivery of pending) {
    const known = byKey.get(delivery.itemKey);
    if (!known || known.day < delivery.day) byKey.set(delivery.itemKey, delivery);
  }
  return [...byKey.values()].map((d) => d.item);
}

/** Writes today's deliveries, then sends what is pending for one recipient; whether it sent, and how many items. */
async function deliver(
  deps: AlertJobDeps,
  recipient: Recipient,
  context: { day: string; names: ReadonlyMap<string, string>; setting: AlertSetting | undefined },
): Promise<{ sent: boolean; items: number } | undefined> {
  const { store, sender } = deps;
  for (const item of recipient.items)
    await putPendingDelivery(store, { recipient: recipient.key, day: context.day, itemKey: itemKey(item), item });
  const pending = await listPendingDeliveries<AlertItem>(store, recipient.key);
  if (pending.length === 0) return undefined;
  const items = latestItems(pending);
  const message = alertMessage(
    recipient.address,
    { day: context.day, items, names: context.names, siteUrl: deps.siteUrl, switchOff: recipient.switchOff },
    context.setting?.locale ?? 'both',
  );
  try {
    await sender.send(message);
  } catch (error) {
    deps.warn?.('an alert e-mail was not sent; its items stay pending for the next run', {
      recipient: recipient.key,
      items: items.length,
      error: (error as Error).name,
    });
    return { sent: false, items: items.length };
  }
  const at = (deps.now ?? (() => new Date()))();
  for (const delivery of pending) await markDeliverySent(store, delivery, at);
  return { sent: true, items: items.length };
}

/** Runs the alerts of `deps.today()`: safe to run again the same day, and after a failure. */
export async function sendAlerts(deps: AlertJobDeps): Promise<AlertRunReport> {
  const today = deps.today();
  const [due, partnership, accounts, settings] = await Promise.all([
    dueAlerts(deps.store, today),
    getPartnership(deps.store),
    deps.users.list(),
    listAlertSettings(deps.store),
  ]);
  const report: AlertRunReport = { day: dayOf(today), recipients: 0, sent: 0, items: 0, failed: 0, switchedOff: 0 };
  for (const recipient of recipientsOf(accounts, partnership?.settings.publicContact, due.bySignatory)) {
    const setting = settings.get(recipient.key);
    if (setting?.emails === false) {
      report.switchedOff += 1;
      continue;
    }
    const outcome = await deliver(deps, recipient, { day: due.day, names: due.names, setting });
    if (!outcome) continue;
    report.recipients += 1;
    if (outcome.sent) {
      report.sent += 1;
      report.items += outcome.items;
    } else report.failed += 1;
  }
  return report;
}
