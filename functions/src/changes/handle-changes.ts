/**
 * Everything that follows a write: the audit trail, the metric rollups, and a new
 * activity's feedback link when the board makes feedback the default. One module
 * for both deliveries: called in-process after each write locally (`handleChanges`), and,
 * in AWS, the aggregator Lambda runs the same for each stream batch (`startHandlingChanges`,
 * one record at a time, so a failure is reported for its record alone). Safe to run twice
 * with the same changes.
 */
import { recordAuditEvents } from '../audit/audit-events.ts';
import { defaultSettings, type Activity } from '@equal-partners/shared';
import { switchOnForNewActivity } from '../feedback/feedback-links.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { startAggregation } from '../rollups/apply-changes.ts';
import type { ChangeListener, ItemChange, Store } from '../table/index.ts';

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
  // Read once a batch, and only when the batch creates an activity.
  let settings: Promise<{ feedbackOnByDefault: boolean; feedbackWindowDays: number }> | undefined;
  const feedbackDefaults = () =>
    (settings ??= getPartnership(store).then((p) => ({ ...defaultSettings, ...p?.settings })));
  return {
    handle: async (change: ItemChange): Promise<void> => {
      const activity = createdActivity(change);
      await Promise.all([
        recordAuditEvents(store, [change]),
        aggregation.apply(change),
        activity ? feedbackDefaults().then((s) => switchOnForNewActivity(store, activity, s)) : undefined,
      ]);
    },
  };
}

/** What follows each write, delivered in-process (locally and in tests). */
export function handleChanges(store: Store): ChangeListener {
  return async (changes) => {
    const handling = startHandlingChanges(store, changes);
    await Promise.all(changes.map((change) => handling.handle(change)));
  };
}
