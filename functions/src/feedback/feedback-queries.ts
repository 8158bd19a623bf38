/**
 * Participant feedback as its uses run it: an editor or a reviewer reads and switches an
 * activity's feedback link; anyone with the link opens the questions and answers them,
 * with no sign-in. Only counts are kept (./feedback-entity.ts); nothing here returns them.
 */
import {
  actorOf,
  closingDateProblem,
  dayOf,
  defaultClosingDate,
  defaultSettings,
  feedbackAnswer,
  feedbackSwitchInput,
  feedbackToken,
  maxFeedbackAnswers,
  windowState,
  type Activity,
  type FeedbackForm,
  type FieldError,
  type Principal,
} from '@equal-partners/shared';
import type { Query, QueryDeps } from '../host.ts';
import { fieldErrors, ProblemError } from '../http/problem.ts';
import { activityKind } from '../activities/activity-entity.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { recordNotFound, requireAllowed } from '../records/record-queries.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';
import { getRecord } from '../table/index.ts';
import {
  activityOfToken,
  countAnswer,
  createFeedback,
  getFeedbackSettings,
  updateFeedbackSettings,
  type FeedbackSettings,
} from './feedback-entity.ts';
import { newFeedbackToken } from './feedback-links.ts';

/** An activity's feedback as the people who set it up see it: its link and window, never its answers. */
export interface ActivityFeedback {
  activity: Pick<Activity, 'id' | 'title' | 'signatoryId' | 'date'> & { participants: number };
  /** Absent until feedback is first switched on. */
  feedback?: { on: boolean; token: string; path: string; closesOn: string; form: FeedbackForm };
  /** The closing date offered when none is set yet: the board's window after the activity. */
  suggestedClosesOn: string;
}

/** The link's path on the site: short, and holding the token alone. */
export const feedbackPath = (token: string): string => `/f/${token}`;

async function readActivity(deps: Pick<QueryDeps, 'store'>, activityId: string): Promise<Activity> {
  const activity = await getRecord(deps.store, activityKind, activityId);
  if (!activity) throw recordNotFound('activity', activityId);
  return activity;
}

function viewOf(activity: Activity, windowDays: number, settings?: FeedbackSettings): ActivityFeedback {
  return {
    activity: {
      id: activity.id,
      title: activity.title,
      signatoryId: activity.signatoryId,
      date: activity.date,
      participants: activity.participants.total,
    },
    ...(settings
      ? {
          feedback: {
            on: settings.on,
            token: settings.token,
            path: feedbackPath(settings.token),
            closesOn: settings.closesOn,
            form: settings.form,
          },
        }
      : {}),
    suggestedClosesOn: defaultClosingDate(activity.date, windowDays),
  };
}

async function windowDays(deps: Pick<QueryDeps, 'store'>): Promise<number> {
  return (await getPartnership(deps.store))?.settings.feedbackWindowDays ?? defaultSettings.feedbackWindowDays;
}

/** An activity's feedback link, window and wording: for its signatory's editors, reviewers, commissioners and the board. */
export const readActivityFeedback: Query<{ activityId: string }, ActivityFeedback> = async (
  deps,
  principal,
  { activityId },
) => {
  const activity = await readActivity(deps, activityId);
  requireAllowed(principal, 'read', 'feedback', { signatoryId: activity.signatoryId });
  const [days, settings] = await Promise.all([windowDays(deps), getFeedbackSettings(deps.store, activityId)]);
  return viewOf(activity, days, settings);
};

/**
 * Switches an activity's feedback on (making its link the first time) or off, and sets
 * its closing date (the board's window after the activity when left out, at most 60
 * days) and its wording. Switching off and on again keeps the link printed before.
 */
export const switchActivityFeedback: Query<{ activityId: string; body: unknown }, ActivityFeedback> = async (
  deps,
  principal,
  { activityId, body },
) => {
  const parsed = feedbackSwitchInput.safeParse(body);
  const activity = await readActivity(deps, activityId);
  requireAllowed(principal, 'update', 'feedback', { signatoryId: activity.signatoryId });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
  const [days, existing] = await Promise.all([windowDays(deps), getFeedbackSettings(deps.store, activityId)]);
  const closesOn = parsed.data.closesOn ?? defaultClosingDate(activity.date, days);
  const problem = closingDateProblem(activity.date, closesOn);
  if (problem) throw invalid([{ pointer: '/closesOn', message: problem }]);
  const change = {
    on: parsed.data.on,
    closesOn,
    form: parsed.data.form,
    updatedAt: deps.now().toISOString(),
    updatedBy: actorOf(principal),
  };
  if (existing) await updateFeedbackSettings(deps.store, activityId, change);
  else if (change.on) {
    const created = { activityId, signatoryId: activity.signatoryId, token: newFeedbackToken(), ...change };
    // Someone else switched it on at the same moment: theirs holds the link, and this change is applied to it.
    if (!(await createFeedback(deps.store, created))) await updateFeedbackSettings(deps.store, activityId, change);
  }
  return viewOf(activity, days, await getFeedbackSettings(deps.store, activityId));
};

function invalid(errors: FieldError[]): ProblemError {
  return new ProblemError(
    400,
    'validation',
    'Your request has errors',
    'The feedback settings have errors: fix each field listed.',
    errors,
  );
}

/** Where a feedback link stands for someone who opens it. */
export type FeedbackLinkState = 'unknown' | 'not-open-yet' | 'open' | 'closed';

/** What the answer page shows for a link: which questions, about which organisation's activity, until when. */
export type FeedbackLink =
  | { state: 'unknown' }
  | {
      state: Exclude<FeedbackLinkState, 'unknown'>;
      form: FeedbackForm;
      organisation: string;
      activityDate: string;
      closesOn: string;
    };

interface LinkContext {
  link: FeedbackLink;
  activityId?: string;
  participants?: number;
}

async function linkContext(deps: Pick<QueryDeps, 'store' | 'today'>, token: string): Promise<LinkContext> {
  const unknown: LinkContext = { link: { state: 'unknown' } };
  if (!feedbackToken.safeParse(token).success) return unknown;
  const activityId = await activityOfToken(deps.store, token);
  if (!activityId) return unknown;
  const [settings, activity] = await Promise.all([
    getFeedbackSettings(deps.store, activityId),
    getRecord(deps.store, activityKind, activityId),
  ]);
  // A link whose feedback was switched off, or whose activity was deleted, opens nothing.
  if (!settings || !activity || settings.token !== token || !settings.on) return unknown;
  const signatory = await getRecord(deps.store, signatoryKind, activity.signatoryId);
  const state = windowState({ opensOn: activity.date, closesOn: settings.closesOn }, dayOf(deps.today()));
  return {
    link: {
      state,
      form: settings.form,
      organisation: signatory?.name ?? activity.signatoryId,
      activityDate: activity.date,
      closesOn: settings.closesOn,
    },
    activityId,
    participants: activity.participants.total,
  };
}

/** The answer page's link: anyone may open it, signed in or not. */
export const openFeedbackLink: Query<{ token: string }, FeedbackLink> = async (deps, _principal, { token }) =>
  (await linkContext(deps, token)).link;

/** What became of an answer, for the page that thanks or explains. */
export type AnswerResult =
  | { outcome: 'counted' }
  | { outcome: 'unknown' | 'not-open-yet' | 'closed' | 'full'; link: FeedbackLink }
  | { outcome: 'invalid'; link: FeedbackLink; errors: FieldError[] };

/**
 * Counts one person's answer through a link, exactly once (the same answer sent again is
 * thanked, not counted again). Nothing is written when the link is unknown or switched
 * off, its window is not open, the activity has as many answers as people took part, or
 * the answer is incomplete.
 */
export const answerFeedback: Query<{ token: string; body: unknown }, AnswerResult> = async (
  deps,
  _principal: Principal,
  { token, body },
) => {
  const { link, activityId, participants } = await linkContext(deps, token);
  if (link.state !== 'open') return { outcome: link.state, link };
  if (activityId === undefined || participants === undefined) return { outcome: 'unknown', link };
  const parsed = feedbackAnswer.safeParse(body);
  if (!parsed.success) return { outcome: 'invalid', link, errors: fieldErrors(parsed.error.issues) };
  const cap = Math.min(participants, maxFeedbackAnswers);
  const outcome = await countAnswer(deps.store, {
    ...parsed.data,
    activityId,
    token,
    today: dayOf(deps.today()),
    cap,
  });
  if (outcome !== 'not-counted') return { outcome: 'counted' };
  // Refused in the write itself: the window closed or the link was switched off a moment ago, or the cap is reached.
  const now = (await linkContext(deps, token)).link;
  return now.state === 'open' ? { outcome: 'full', link: now } : { outcome: now.state, link: now };
};
