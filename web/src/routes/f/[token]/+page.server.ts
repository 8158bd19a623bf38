/** A feedback link's answer page (#lib/server/feedback-answer.ts). No JavaScript: it works the same on any phone. */
import { answerFeedbackForm, loadFeedbackAnswerPage } from '#lib/server/feedback-answer.ts';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = ({ params, request, setHeaders }) =>
  loadFeedbackAnswerPage(params.token, request, setHeaders);

export const actions: Actions = {
  default: ({ params, request, getClientAddress }) => answerFeedbackForm(params.token, request, getClientAddress()),
};
