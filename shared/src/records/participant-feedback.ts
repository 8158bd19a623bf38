/**
 * Participant feedback: the people who took part in an activity answer three closed
 * questions through a public link, with no sign-in. Only counts per activity are kept
 * (docs/feedback-dpia.md): what an editor or a reviewer sets when switching feedback on,
 * what one answer is, and the window an answer is counted in.
 */
import * as z from 'zod/mini';
import { addDays } from '../time/days.ts';
import { isoDate } from './common.ts';

/** The questions, in the order the page asks them. */
export const feedbackQuestions = ['feltListened', 'knowWhatHappensNext', 'easyToTakePart'] as const;
export type FeedbackQuestion = (typeof feedbackQuestions)[number];

/** The answers to each question, from the best: a clear text scale, the same for every question. */
export const feedbackChoices = ['yes', 'not-sure', 'no'] as const;
export type FeedbackChoice = (typeof feedbackChoices)[number];

/**
 * How the questions are worded, chosen by whoever switches feedback on: the standard
 * wording, an easy-read one (short sentences, one idea each) and one for young children.
 */
export const feedbackForms = ['standard', 'easy-read', 'young-children'] as const;
export type FeedbackForm = (typeof feedbackForms)[number];

/** The longest a feedback window may stay open: 60 days after the activity. */
export const maxFeedbackWindowDays = 60;

/** The most answers one activity's counts can hold, whatever its participants (docs/feedback-dpia.md). */
export const maxFeedbackAnswers = 10_000;

/** What switching feedback on (or off) sets for one activity. */
export const feedbackSwitchInput = z.object({
  on: z.boolean(),
  /** The last day answers are counted; 14 days after the activity (the board's `feedbackWindowDays`) when left out. */
  closesOn: z.optional(isoDate),
  form: z._default(z.enum(feedbackForms), 'standard'),
});
export type FeedbackSwitchInput = z.input<typeof feedbackSwitchInput>;

/**
 * An answer's own id: 128 random bits, base64url, made when the page is drawn and sent
 * back with the answer, so the same form sent twice is one answer.
 */
export const feedbackAnswerId = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'The answer’s id is not valid.'));

/** The link's token: 128 random bits or more, base64url. */
export const feedbackToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,64}$/, 'This feedback link is not valid.'));

const choice = z.enum(feedbackChoices, { error: 'Choose an answer' });

/** One person's answer: a choice for each question and the answer's id, nothing else. */
export const feedbackAnswer = z.object({
  answerId: feedbackAnswerId,
  feltListened: choice,
  knowWhatHappensNext: choice,
  easyToTakePart: choice,
});
export type FeedbackAnswer = z.infer<typeof feedbackAnswer>;

/** The window an activity's answers are counted in: from its date to its closing date, both included. */
export interface FeedbackWindow {
  opensOn: string;
  closesOn: string;
}

/** The closing date when none is chosen: `windowDays` after the activity, never more than 60. */
export function defaultClosingDate(activityDate: string, windowDays: number): string {
  return addDays(activityDate, Math.min(windowDays, maxFeedbackWindowDays));
}

/** Why a closing date cannot be used for an activity on `activityDate`, or `undefined` when it can. */
export function closingDateProblem(activityDate: string, closesOn: string): string | undefined {
  if (closesOn < activityDate) return 'The closing date must be on or after the date of the activity.';
  if (closesOn > addDays(activityDate, maxFeedbackWindowDays))
    return `The closing date can be at most ${maxFeedbackWindowDays} days after the activity.`;
  return undefined;
}

/** Where `today` stands in a window: answers are counted only while it is open. */
export function windowState(window: FeedbackWindow, today: string): 'not-open-yet' | 'open' | 'closed' {
  if (today < window.opensOn) return 'not-open-yet';
  return today > window.closesOn ? 'closed' : 'open';
}
