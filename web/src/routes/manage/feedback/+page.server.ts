/**
 * Every activity's feedback link the person signed in may set up, to find one: a reviewer
 * (who cannot open activities themselves) sees every signatory's, an editor their own
 * organisation's, the board all. Activities of the last 120 days and to come, newest first.
 */
import { listFeedbackActivities } from '@equal-partners/functions/feedback/feedback-queries';
import { requireAllowed } from '#lib/server/guard.ts';
import { ask } from '#lib/server/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireAllowed(locals, ['update', 'feedback']);
  return { activities: (await ask(listFeedbackActivities, {})).items };
};
