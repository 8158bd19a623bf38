/** What every record form shows besides its values: the charter, the groups, the organisations one may choose. */
import type { Activity, Signatory } from '@equal-partners/shared';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { send } from './api.ts';
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
