/**
 * The activity a families' feedback answer is checked against: its day (the window opens
 * on it) and its participants (the cap). Read at most `answerActivityMaxAgeMs` before by
 * this process, so a room of people answering one link costs one read of the activity
 * between them, not one each (issue 14's speed; docs/decisions/0116).
 *
 * A change to the activity delivered in this process is seen by the next answer: locally
 * every change is (../changes/handle-changes.ts forgets the activity). In AWS the stream
 * delivers changes to another function, so an answer may be checked against the activity
 * as it was up to that long ago. The refusal page and every other reader read it afresh.
 */
import type { Activity } from '@equal-partners/shared';
import { activityKind } from '../activities/activity-entity.ts';
import { getRecord, type Store } from '../table/index.ts';

/** How old the activity an answer is checked against may be. */
export const answerActivityMaxAgeMs = 10_000;

/** What of the activity an answer is checked against. */
export type AnswerActivity = Pick<Activity, 'date' | 'participants'>;

const keyOf = (activityId: string) => `answer-activity#${activityId}`;
/** Past this many kept reads, all are forgotten: each is one read to make again. */
const maxKept = 10_000;

/** The activity's day and participants, read at most `answerActivityMaxAgeMs` before `now` (ms); `undefined` when there is none. */
export function activityForAnswer(store: Store, activityId: string, now: number): Promise<AnswerActivity | undefined> {
  const kept = (store.kept ??= new Map());
  const key = keyOf(activityId);
  const found = kept.get(key) as { at: number; read: Promise<AnswerActivity | undefined> } | undefined;
  if (found && now >= found.at && now - found.at < answerActivityMaxAgeMs) return found.read;
  const read = getRecord(store, activityKind, activityId).then((activity) =>
    activity ? { date: activity.date, participants: activity.participants } : undefined,
  );
  if (kept.size >= maxKept) kept.clear();
  kept.set(key, { at: now, read });
  // A failed read is not kept: the next answer reads again.
  read.catch(() => {
    if ((kept.get(key) as { read?: unknown } | undefined)?.read === read) kept.delete(key);
  });
  return read;
}

/** Forgets the activity's kept read, after a change to it: the next answer reads it again. */
export function forgetAnswerActivity(store: Store, activityId: string): void {
  store.kept?.delete(keyOf(activityId));
}
