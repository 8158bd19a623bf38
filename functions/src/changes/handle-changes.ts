/**
 * Everything that follows a write: the audit trail, the metric rollups, and a new
 * activity's feedback link when the board makes feedback the default (and, delivered in
 * this process, forgetting a changed activity's read kept for feedback answers). One module for both
 * deliveries: called in-process after each write (or batch of creates) locally
 * (`handleChanges`), and, in AWS, the aggregator Lambda runs the same for each stream batch
 * (`startHandlingChanges`, one record at a time, so a failure is reported for its record
 * alone). Either way a rollup bucket the changes touch is recomputed once for them all.
 * Safe to run twice with the same changes.
 */
import { recordAuditEvents } from '../audit/audit-events.ts';
import { defaultSettings, type Activity } from '@equal-partners/shared';
import { forgetAnswerActivity } from '../feedback/answer-activity.ts';
import { switchOnForNewActivity } from '../feedback/feedback-links.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { startAggregation } from '../rollups/apply-changes.ts';
import { throwFirstFailure, type ChangeListener, type ItemChange, type Store } from '../table/index.ts';

/** A change that creates an activity: the activity as written. */
const createdActivity = (change: ItemChange) =>
  change.oldImage === undefined && change.newImage?.entity === 'activity'
    ? (change.newImage as Activity & { createdAt?: string; createdBy?: string })
    : undefined;

/**
 * Plans what follows a batch of changes: a rollup bucket many of them touch is recomputed
 * once. `handle(change)` audits one change and brings its rollups up to date.
 */
export function startHandlingChanges(store: Store, changes: readonly ItemChange[]) {
  const aggregation = startAggregation(store, changes);
  const feedback = feedbackLinksFor(store);
  return {
    handle: async (change: ItemChange): Promise<void> => {
      await Promise.all([recordAuditEvents(store, [change]), aggregation.apply(change), feedback(change)]);
    },
  };
}

/**
 * Switches feedback on for each activity a change creates, when the board makes it the
 * default; the partnership's settings are read once, and only if an activity is created.
 */
function feedbackLinksFor(store: Store) {
  let settings: Promise<{ feedbackOnByDefault: boolean; feedbackWindowDays: number }> | undefined;
  const feedbackDefaults = () =>
    (settings ??= getPartnership(store).then((p) => ({ ...defaultSettings, ...p?.settings })));
  return async (change: ItemChange): Promise<void> => {
    const activity = createdActivity(change);
    if (activity) await switchOnForNewActivity(store, activity, await feedbackDefaults());
  };
}

/**
 * What follows each write, delivered in-process (locally and in tests): the changes of a
 * write, or of a whole batch of creates, are audited and their rollups recomputed together,
 * each bucket once (docs/decisions/0109). Rejects if anything failed.
 */
export function handleChanges(store: Store): ChangeListener {
  return async (changes) => {
    // The next families' feedback answer checks a changed activity as it now is.
    for (const change of changes) {
      const activity = [change.newImage, change.oldImage].find((image) => image?.entity === 'activity');
      if (activity) forgetAnswerActivity(store, String(activity.id));
    }
    const feedback = feedbackLinksFor(store);
    const outcomes = await Promise.allSettled([
      recordAuditEvents(store, changes),
      startAggregation(store, changes).applyAll(),
      ...changes.map(feedback),
    ]);
    throwFirstFailure(outcomes);
  };
}
