/**
 * Making an activity's feedback link: its random token, and the link every new activity
 * gets when the board makes feedback the default (run after the activity is first written,
 * ../changes/handle-changes.ts, so the API, the forms, batches and imports all get it).
 */
import { randomBytes } from 'node:crypto';
import { defaultClosingDate, type Activity } from '@equal-partners/shared';
import type { Store } from '../table/store.ts';
import { createFeedback } from './feedback-entity.ts';
import { auditFeedbackCreated } from './feedback-audit.ts';

/** A new link's token: 128 random bits, base64url (22 characters), and nothing else. */
export const newFeedbackToken = (): string => randomBytes(16).toString('base64url');

/**
 * Switches feedback on for a new activity when the board makes it the default: called
 * after the activity is first written (../changes/handle-changes.ts). Safe to run twice:
 * an activity that has a feedback item already keeps it (a second run leaves behind only a
 * token that no feedback item names, which opens nothing). The switch is in the audit trail.
 */
export async function switchOnForNewActivity(
  store: Store,
  activity: Pick<Activity, 'id' | 'signatoryId' | 'date'> & { createdBy?: string; createdAt?: string },
  settings: { feedbackOnByDefault: boolean; feedbackWindowDays: number },
): Promise<void> {
  if (!settings.feedbackOnByDefault) return;
  const created = {
    activityId: activity.id,
    signatoryId: activity.signatoryId,
    token: newFeedbackToken(),
    on: true,
    closesOn: defaultClosingDate(activity.date, settings.feedbackWindowDays),
    form: 'standard' as const,
    updatedAt: activity.createdAt ?? new Date().toISOString(),
    updatedBy: activity.createdBy ?? 'partnership-default',
  };
  // Switched on by the board's default: audited as any other switch, as done by whoever added the activity.
  if (await createFeedback(store, created)) await auditFeedbackCreated(store, created);
}
