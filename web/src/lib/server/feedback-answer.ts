/**
 * The answer page of a feedback link (`/f/{token}`, Welsh `/cy/f/{token}`), for both
 * languages: its questions, with a fresh random id for the answer in a hidden field (so
 * the same form sent twice is counted once), and the answer counted or refused; once the
 * link has closed, what became of what people said. No cookie is read or set, the address
 * is passed on for the rate limits' short-lived counter alone, and no cache keeps the page
 * (each visitor needs an id of their own).
 */
import { randomBytes } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { feedbackQuestions } from '@equal-partners/shared';
import {
  answerFeedback,
  openFeedbackLink,
  refusedStatus,
  type FeedbackLink,
} from '@equal-partners/functions/feedback/feedback-queries';
import { privateCacheControl } from '@equal-partners/functions/cache-policy';
import { ask } from './queries.ts';

/** The page's questions for a link, with the id its answer will carry. */
export async function loadFeedbackAnswerPage(
  token: string,
  request: Request,
  setHeaders: (headers: Record<string, string>) => void,
): Promise<{ link: FeedbackLink; answerId: string }> {
  setHeaders({ 'cache-control': privateCacheControl });
  const answerId = randomBytes(16).toString('base64url');
  // After an answer the page shows what the answer's outcome carries (./answerFeedbackForm): nothing more to read.
  if (request.method === 'POST') return { link: { state: 'unknown' }, answerId };
  return { link: await ask(openFeedbackLink, { token }), answerId };
}

/**
 * Counts the answer posted, or answers the page that says why not (with what was chosen, to
 * choose again), as a 4xx: 429 when the link or the address sent too many just now.
 */
export async function answerFeedbackForm(token: string, request: Request, address: string) {
  const form = await request.formData();
  const value = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const body = Object.fromEntries(
    ['answerId', ...feedbackQuestions].flatMap((name) => (value(name) === undefined ? [] : [[name, value(name)]])),
  );
  const result = await ask(answerFeedback, { token, body, address });
  if (result.outcome === 'counted') return { outcome: 'counted' as const };
  if (result.outcome === 'too-many')
    return fail(refusedStatus['too-many'], { outcome: result.outcome, retryAfterSeconds: result.retryAfterSeconds });
  return fail(refusedStatus[result.outcome], {
    outcome: result.outcome,
    link: result.link,
    chosen: body as Record<string, string>,
    missing: result.outcome === 'invalid' ? result.errors.map((e) => e.pointer.slice(1)) : [],
  });
}
