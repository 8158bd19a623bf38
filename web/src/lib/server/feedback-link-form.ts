/**
 * The form that switches an activity's feedback link (on its page and the link's own page):
 * its values from the link as stored, and the change it asks for, with each refusal as a
 * message beside its field in the page's language.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import {
  readActivityFeedback,
  switchActivityFeedback,
  type ActivityFeedback,
} from '@equal-partners/functions/feedback/feedback-queries';
import { closingDateProblem, isoDate } from '@equal-partners/shared';
import { dateOf } from '#lib/forms/read-form.ts';
import { valueOf, type FieldError, type FormValues } from '#lib/forms/form-values.ts';
import { ask, attempt } from './queries.ts';
import { problemDetail, t } from './text.ts';

/** The form's values for the link as it is: off with the default wording until first switched on. */
export function feedbackValues(view: ActivityFeedback): FormValues {
  return {
    on: view.feedback?.on ? 'yes' : 'no',
    closesOn: view.feedback?.closesOn ?? '',
    form: view.feedback?.form ?? 'standard',
  };
}

/** An activity's feedback link, for a page that shows it. */
export const activityFeedback = (activityId: string) => ask(readActivityFeedback, { activityId });

/** Why the entered closing date cannot be used, in the page's language. */
function closingDateError(closesOn: string, activityDate: string): string {
  if (!isoDate.safeParse(closesOn).success) return t('feedbackLink.error.closesOn');
  return closesOn < activityDate ? t('feedbackLink.error.closesOnEarly') : t('feedbackLink.error.closesOnLate');
}

/**
 * Switches the link as the form asks, then back to where the form was: the activity's page
 * or the link's own. A refusal shows the form again with its errors.
 */
export async function switchFeedbackFromForm(activityId: string, values: FormValues) {
  const view = await activityFeedback(activityId);
  const on = valueOf(values, 'on');
  const closesOn = dateOf(values, 'closesOn');
  const form = valueOf(values, 'form');
  const errors: FieldError[] = [];
  if (on !== 'yes' && on !== 'no') errors.push({ field: 'on', message: t('feedbackLink.error.on') });
  if (!form) errors.push({ field: 'form', message: t('feedbackLink.error.form') });
  if (closesOn && closingDateProblem(view.activity.date, closesOn) !== undefined)
    errors.push({ field: 'closesOn', message: closingDateError(closesOn, view.activity.date) });
  if (errors.length > 0) return fail(400, { values, errors });
  const body = { on: on === 'yes', form, ...(closesOn ? { closesOn } : {}) };
  const outcome = await attempt(switchActivityFeedback, { activityId, body });
  if (!outcome.ok) {
    // A closed window is not reopened (docs/decisions/0111): said beside the closing date, in the page's language.
    if (outcome.status === 409 && outcome.problem.rule === 'feedbackWindowClosed')
      return fail(409, { values, errors: [{ field: 'closesOn', message: problemDetail(outcome.problem) }] });
    if (outcome.status !== 400) error(outcome.status, problemDetail(outcome.problem));
    const fields = (outcome.problem.errors ?? []).map((e) => e.pointer.slice(1));
    return fail(400, {
      values,
      errors: fields.map((field) => ({
        field,
        message:
          field === 'closesOn'
            ? closingDateError(closesOn ?? '', view.activity.date)
            : t(field === 'on' ? 'feedbackLink.error.on' : 'feedbackLink.error.form'),
      })),
    });
  }
  const back =
    valueOf(values, 'from') === 'activity'
      ? `/manage/activities/${encodeURIComponent(activityId)}?feedback=saved#feedback`
      : `/manage/activities/${encodeURIComponent(activityId)}/feedback?saved=1`;
  redirect(303, back);
}
