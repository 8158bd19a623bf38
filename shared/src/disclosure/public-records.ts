/**
 * What of a signatory's feedback loops and challenges the public may read: the
 * "you said, we did" log and the challenges that were answered or left unanswered too
 * long. Loops and challenges hold no counts of people, so nothing is rounded; what is
 * left out is what was never meant for the public (stories without consent, links to
 * internal evidence, the activities behind a loop), and every free text not yet checked
 * and marked ready to publish (publication/publication.ts): such an entry shows its dates
 * and status, and how long its text has waited. The Welsh of the texts (`cy`) go with
 * the English, under the same rules (docs/decisions/0404).
 */
import type { Challenge } from '../records/challenge.ts';
import type { FeedbackLoop } from '../records/feedback-loop.ts';
import type { LoopOutcome, LoopStatus } from '../records/vocabulary.ts';
import { isOverdue } from '../metrics/impact.ts';
import { overdueChallengesAt } from '../metrics/charter-status.ts';
import { daysBetween } from '../time/days.ts';
import { defaultSettings } from '../records/default-settings.ts';
import { isPublished } from '../publication/publication.ts';
import { publicPublication, type PublicPublication } from '../publication/public-publication.ts';

export interface PublicLoop {
  id: string;
  raisedOn: string;
  /** What people said, what was done and why not: only once published. */
  youSaid?: string;
  weDid?: string;
  status: LoopStatus;
  /** Why it was not taken forward. */
  reason?: string;
  reportedTo?: string;
  respondedOn?: string;
  communicatedOn?: string;
  outcome?: LoopOutcome;
  principles: string[];
  /** Only when the people it is about agreed to publish it. */
  publicStory?: string;
  /** The Welsh of the texts shown above, where written. */
  cy?: Partial<Record<'youSaid' | 'weDid' | 'reason' | 'publicStory', string>>;
  /** Days from raised to communicated back, once closed. */
  daysToClose?: number;
  /** Open for longer than the partnership's `loopDueDays` on the day asked about. */
  overdue: boolean;
  publication: PublicPublication;
}

export interface PublicChallenge {
  id: string;
  reviewerId: string;
  raisedOn: string;
  /** The challenge and its answer: only once published. */
  text?: string;
  principles: string[];
  response?: string;
  respondedOn?: string;
  closure?: 'resolved' | 'unresolved';
  closedOn?: string;
  /** The Welsh of the texts shown above, where written. */
  cy?: Partial<Record<'text' | 'response', string>>;
  /** Unanswered for longer than the partnership's `challengeDueDays` on the day asked about. */
  overdue: boolean;
  publication: PublicPublication;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The Welsh of the English texts `shown` has (absent when it has none): never of a text left out. */
function welshOf<K extends string>(
  shown: Partial<Record<K, string>>,
  cy: Partial<Record<K, string>> | undefined,
): Partial<Record<K, string>> | undefined {
  const kept = Object.entries(cy ?? {}).filter(([field, text]) => text && shown[field as K] !== undefined);
  return kept.length > 0 ? (Object.fromEntries(kept) as Partial<Record<K, string>>) : undefined;
}

/** The public view of one loop on `today`. */
export function publicLoop(
  loop: Pick<
    FeedbackLoop,
    | 'id'
    | 'raisedOn'
    | 'youSaid'
    | 'weDid'
    | 'status'
    | 'reason'
    | 'reportedTo'
    | 'respondedOn'
    | 'communicatedOn'
    | 'outcome'
    | 'principles'
    | 'publicStory'
    | 'consentToPublish'
    | 'publication'
    | 'cy'
  >,
  today: string,
  loopDueDays: number,
  publishWithinDays: number = defaultSettings.publishWithinDays,
): PublicLoop {
  const published = isPublished(loop);
  const texts = defined({
    youSaid: published ? loop.youSaid : undefined,
    weDid: published ? loop.weDid : undefined,
    reason: published ? loop.reason : undefined,
    publicStory: published && loop.consentToPublish ? loop.publicStory : undefined,
  });
  return defined({
    id: loop.id,
    raisedOn: loop.raisedOn,
    youSaid: texts.youSaid,
    weDid: texts.weDid,
    status: loop.status,
    reason: texts.reason,
    reportedTo: loop.reportedTo,
    respondedOn: loop.respondedOn,
    communicatedOn: loop.communicatedOn,
    outcome: loop.outcome,
    principles: [...loop.principles],
    publicStory: texts.publicStory,
    cy: welshOf(texts, loop.cy),
    daysToClose: loop.communicatedOn ? daysBetween(loop.raisedOn, loop.communicatedOn) : undefined,
    overdue: isOverdue(loop, today, loopDueDays),
    publication: publicPublication(loop, today, publishWithinDays),
  });
}

/** The loops raised by `today`, newest first, as the public sees them. */
export function publicLoops(
  loops: Iterable<Parameters<typeof publicLoop>[0]>,
  today: string,
  loopDueDays: number,
  publishWithinDays: number = defaultSettings.publishWithinDays,
) {
  return [...loops]
    .filter((loop) => loop.raisedOn <= today)
    .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || a.id.localeCompare(b.id))
    .map((loop) => publicLoop(loop, today, loopDueDays, publishWithinDays));
}

/**
 * The challenges the public may read on `today`, newest first: those answered by
 * then, and those unanswered for longer than `challengeDueDays` (public so that
 * silence is visible too). A challenge still within its time to answer is not shown.
 */
export function publicChallenges(
  challenges: Iterable<
    Pick<
      Challenge,
      | 'id'
      | 'reviewerId'
      | 'raisedOn'
      | 'text'
      | 'principles'
      | 'response'
      | 'respondedOn'
      | 'closure'
      | 'closedOn'
      | 'publication'
      | 'cy'
    >
  >,
  today: string,
  challengeDueDays: number,
  publishWithinDays: number = defaultSettings.publishWithinDays,
): PublicChallenge[] {
  return [...challenges]
    .flatMap((c) => {
      const answered = c.respondedOn !== undefined && c.respondedOn <= today;
      const overdue = overdueChallengesAt([c], today, challengeDueDays) === 1;
      if (!answered && !overdue) return [];
      const published = isPublished(c);
      const texts = defined({
        text: published ? c.text : undefined,
        response: answered && published ? c.response : undefined,
      });
      return [
        defined({
          id: c.id,
          reviewerId: c.reviewerId,
          raisedOn: c.raisedOn,
          text: texts.text,
          principles: [...c.principles],
          response: texts.response,
          respondedOn: answered ? c.respondedOn : undefined,
          closure: c.closedOn !== undefined && c.closedOn <= today ? c.closure : undefined,
          closedOn: c.closedOn !== undefined && c.closedOn <= today ? c.closedOn : undefined,
          cy: welshOf(texts, c.cy),
          overdue,
          publication: publicPublication(c, today, publishWithinDays),
        }),
      ];
    })
    .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || a.id.localeCompare(b.id));
}
