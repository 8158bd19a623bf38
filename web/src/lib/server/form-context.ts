/** What every record form shows besides its values: the charter, the groups, the organisations one may choose. */
import { addDays, dayOf, type Activity, type Signatory } from '@equal-partners/shared';
import { formatDate } from '#lib/i18n/index.ts';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { listAll, send } from './api.ts';
import { loadPartnership, loadSignatories, signatoryOptions } from './partnership.ts';
import type { SignedInUser } from './session.ts';

export async function recordFormContext(user: SignedInUser) {
  const [{ partnership }, signatories] = await Promise.all([loadPartnership(), loadSignatories()]);
  const own = signatories.find((s) => s.id === user.signatoryId);
  return {
    partnership,
    signatories,
    page: {
      vocabulary,
      principles: partnership.charter.principles.map((p) => ({ id: p.id, title: p.title, summary: p.summary })),
      groups: partnership.groups.map((g) => ({ id: g.id, label: g.label })),
      /** Board admins choose the organisation; editors record for their own. */
      organisations: user.role === 'board-admin' ? signatoryOptions(signatories) : undefined,
      organisation: own?.name,
    },
  };
}

export function nameOf(signatories: readonly Signatory[], id: string | undefined): string | undefined {
  return signatories.find((s) => s.id === id)?.name;
}

/** A fresh id for a record about to be created: kept in the form, so submitting twice creates it once. */
export function newRecordId(): string {
  return crypto.randomUUID();
}

/** The titles of the activities a loop came from (those the person may read). */
export async function activityTitles(ids: readonly string[]): Promise<string[]> {
  const found = await Promise.all(ids.map((id) => send<Activity>(`/api/v1/activities/${encodeURIComponent(id)}`)));
  return found.flatMap((result) => (result.ok ? [result.body.title] : []));
}

/**
 * The activities a feedback loop can say it was raised at: the organisation's last six
 * months, newest first, and any older ones it is already linked to.
 */
export async function activityChoices(
  signatoryId: string | undefined,
  linked: readonly string[],
): Promise<{ value: string; label: string }[] | undefined> {
  if (!signatoryId) return undefined;
  const from = addDays(dayOf(new Date()), -183);
  const recent = await listAll<Activity>(`/api/v1/activities?${new URLSearchParams({ signatoryId, from })}`);
  const older = await Promise.all(
    linked
      .filter((id) => !recent.some((a) => a.id === id))
      .map((id) => send<Activity>(`/api/v1/activities/${encodeURIComponent(id)}`)),
  );
  return [...recent, ...older.flatMap((result) => (result.ok ? [result.body] : []))]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((a) => ({ value: a.id, label: `${formatDate(a.date)}: ${a.title}` }));
}
