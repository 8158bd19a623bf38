/**
 * Voiding an activity's feedback answers, for the board: a reason, then the counts drop out
 * of every figure and the void shows on the activity's feedback page (#lib/server/feedback-board.ts).
 */
import { error } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { activityFeedback } from '#lib/server/feedback-link-form.ts';
import { voidFeedbackFromForm } from '#lib/server/feedback-board.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { t } from '#lib/server/text.ts';
import type { Actions, PageServerLoad } from './$types';

/** The board alone, as with the audit trail the void is recorded in. */
const requireBoard = (locals: App.Locals) => requireAllowed(locals, ['read', 'audit']);

export const load: PageServerLoad = async ({ locals, params }) => {
  requireBoard(locals);
  const view = await activityFeedback(params.id);
  if (!view.feedback || view.feedback.voided) error(404, t('feedbackGuard.timing.none'));
  return { view, values: { reason: '' } };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    requireBoard(locals);
    return voidFeedbackFromForm(params.id, rawValues(await request.formData()));
  },
};
