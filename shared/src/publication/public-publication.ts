/**
 * What the public learns about texts still waiting to be checked: that they exist, since
 * when, and which have waited longer than the board allows; never what they say.
 */
import { publicationOf, waitingTime, type WithPublication } from './publication.ts';

export type PublicPublication =
  | { status: 'published' }
  | {
      status: 'waiting';
      /** The day the text started waiting. */
      since: string;
      days: number;
      /** Waiting longer than the partnership's `publishWithinDays`. */
      overdue: boolean;
    };

/** The public view of a record's publication on `today`. */
export function publicPublication(
  record: WithPublication,
  today: string,
  publishWithinDays: number,
): PublicPublication {
  const publication = publicationOf(record);
  if (publication.status === 'published') return { status: 'published' };
  return { status: 'waiting', ...waitingTime(publication, today, publishWithinDays) };
}

export interface WaitingSummary<T> {
  /** Entries whose text is waiting to be published. */
  count: number;
  /** Days the longest-waiting entry has waited; absent when none waits. */
  oldestDays?: number;
  /** Entries waiting longer than the board allows, longest first. */
  overdue: T[];
}

/**
 * How many of the entries (loops and challenges as the public sees them) wait to be
 * published, the longest wait, and those waiting too long.
 * @example waitingToPublish([{ publication: { status: 'waiting', since: '2026-05-01', days: 20, overdue: true } }]).count // 1
 */
export function waitingToPublish<T extends { publication: PublicPublication }>(
  entries: readonly T[],
): WaitingSummary<T> {
  const waiting = entries
    .flatMap((entry) => (entry.publication.status === 'waiting' ? [{ entry, days: entry.publication.days }] : []))
    .sort((a, b) => b.days - a.days);
  return {
    count: waiting.length,
    ...(waiting.length > 0 ? { oldestDays: waiting[0]!.days } : {}),
    overdue: waiting
      .filter(({ entry }) => entry.publication.status === 'waiting' && entry.publication.overdue)
      .map(({ entry }) => entry),
  };
}
