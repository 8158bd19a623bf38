/**
 * The board's part of an activity's feedback page: when its answers came in (counts per
 * minute, to spot a link being stuffed), and the form that voids the answers with a
 * reason. Everyone else who opens the page sees the void and its reason, never the timing.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import {
  readFeedbackTiming,
  voidActivityFeedback,
  type FeedbackTiming,
} from '@equal-partners/functions/feedback/feedback-queries';
import { authorize } from '@equal-partners/shared';
import { valueOf, type FieldError, type FormValues } from '#lib/forms/form-values.ts';
import { ask, attempt, requestPrincipal } from './queries.ts';
import { t } from './text.ts';

/** Whether the person signed in is the board: who reads the audit trail sees the timing and may void. */
export const isBoard = (locals: App.Locals): boolean =>
  authorize(requestPrincipal(locals), 'read', 'audit', {}).allowed;

/** When the activity's answers came in, for the board; `undefined` for anyone else. */
export async function boardTiming(locals: App.Locals, activityId: string): Promise<FeedbackTiming | undefined> {
  return isBoard(locals) ? ask(readFeedbackTiming, { activityId }) : undefined;
}

/** The most a reason may hold (as the query checks). */
const maxReason = 500;

/** Voids the answers with the reason entered, then back to the feedback page; a refusal shows the form again. */
export async function voidFeedbackFromForm(activityId: string, values: FormValues) {
  const reason = valueOf(values, 'reason').trim();
  const errors: FieldError[] = [];
  if (!reason) errors.push({ field: 'reason', message: t('feedbackGuard.void.required') });
  else if (reason.length > maxReason) errors.push({ field: 'reason', message: t('feedbackGuard.void.tooLong') });
  if (errors.length > 0) return fail(400, { values, errors });
  const outcome = await attempt(voidActivityFeedback, { activityId, body: { reason } });
  if (!outcome.ok) {
    if (outcome.status === 400)
      return fail(400, { values, errors: [{ field: 'reason', message: t('feedbackGuard.void.required') }] });
    error(outcome.status, outcome.problem.detail);
  }
  redirect(303, `/manage/activities/${encodeURIComponent(activityId)}/feedback?voided=1`);
}
