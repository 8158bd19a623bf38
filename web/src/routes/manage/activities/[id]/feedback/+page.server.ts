/**
 * An activity's feedback link: switched on or off, its last day and wording, and its card
 * and poster to print, and a void of its answers with the board's reason. For the
 * activity's editors, reviewers (who cannot open the activity itself, with its internal
 * notes) and the board, who also sees when the answers came in; the activity's page posts here too.
 */
import { rawValues } from '#lib/forms/read-form.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import { activityFeedback, feedbackValues, switchFeedbackFromForm } from '#lib/server/feedback-link-form.ts';
import { boardTiming } from '#lib/server/feedback-board.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  requireAllowed(locals, ['update', 'feedback']);
  const view = await activityFeedback(params.id);
  return {
    view,
    origin: url.origin,
    saved: url.searchParams.has('saved'),
    timing: view.feedback ? await boardTiming(locals, params.id) : undefined,
    values: initialValues(feedbackValues(view)),
  };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    requireAllowed(locals, ['update', 'feedback']);
    return switchFeedbackFromForm(params.id, rawValues(await request.formData()));
  },
};
