/** What every record form shows besides its values: the charter, the groups, the organisations one may choose. */
import { isHttpError } from '@sveltejs/kit';
import { addDays, dayOf, type Signatory } from '@equal-partners/shared';
import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import { formatDate } from '#lib/server/text.ts';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { loadPartnership, loadSignatories, signatoryOptions } from './partnership.ts';
import { ask, askAll } from './queries.ts';
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

/**
 * Today, by the host's clock (UTC, as the rule against future dates reads it): the likely
 * date of what is being recorded now, so date fields start with it. A form shows it only
 * where nothing was typed or stored.
 */
export function today(): string {
  return dayOf(new Date());
}

/** A fresh id for a record about to be created: kept in the form, so submitting twice creates it once. */
export function newRecordId(): string {
  return crypto.randomUUID();
}

/** The activities with these ids that the person may read; any other (gone, or another organisation's) is left out. */
async function readableActivities(ids: readonly string[]) {
  const found = await Promise.all(
    ids.map((id) =>
      ask(activityQueries.read, { id }).then(
        ({ record }) => [record],
        (caught: unknown) => {
          if (isHttpError(caught)) return [];
          throw caught;
        },
      ),
    ),
  );
  return found.flat();
}

/** The titles of the activities a loop came from (those the person may read). */
export async function activityTitles(ids: readonly string[]): Promise<string[]> {
  return (await readableActivities(ids)).map((a) => a.title);
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
  const recent = await askAll(activityQueries.list, { signatoryId, from });
  const older = await readableActivities(linked.filter((id) => !recent.some((a) => a.id === id)));
  return [...recent, ...older]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((a) => ({ value: a.id, label: `${formatDate(a.date)}: ${a.title}` }));
}
