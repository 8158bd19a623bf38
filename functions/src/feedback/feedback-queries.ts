/**
 * Participant feedback as its uses run it: an editor or a reviewer reads and switches an
 * activity's feedback link (each switch recorded in the audit trail); anyone with the link
 * opens the questions and answers them, with no sign-in, as fast as the limits allow
 * (./feedback-limits.ts), and once the window closes sees what became of what they said;
 * the board sees when answers came in and can void them. Only counts are kept
 * (./feedback-entity.ts); nothing here returns them.
 */
import {
  actorOf,
  authorize,
  brokenRule,
  closingDateProblem,
  dayOf,
  defaultClosingDate,
  defaultSettings,
  feedbackAnswer,
  feedbackSwitchInput,
  feedbackToken,
  maxFeedbackAnswers,
  publicLoops,
  recordId,
  ruleMessage,
  textBlock,
  windowState,
  type Activity,
  type PublicLoop,
  type FeedbackForm,
  type FieldError,
  type Principal,
} from '@equal-partners/shared';
import * as z from 'zod/mini';
import { putAuditEvent } from '../audit/audit-entity.ts';
import { listActivitiesOfSignatory } from '../activities/activity-entity.ts';
import type { Query, QueryDeps } from '../host.ts';
import { listLoopsOfSignatory } from '../loops/loop-entity.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import { fieldErrors, ProblemError, validationProblem } from '../http/problem.ts';
import { listBinding } from '../http/cursors.ts';
import { activityKind } from '../activities/activity-entity.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { recordNotFound, requireAllowed } from '../records/record-queries.ts';
import { takeAnswerAllowance } from './feedback-limits.ts';
import { activityForAnswer } from './answer-activity.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';
import { getRecord } from '../table/index.ts';
import {
  activityOfToken,
  countAnswer,
  createFeedback,
  feedbackSettingsOf,
  getFeedbackSettings,
  getFeedbackTiming,
  updateFeedbackSettings,
  voidFeedback,
  type FeedbackSettings,
  type MinuteCount,
} from './feedback-entity.ts';
import { auditFeedbackCreated, auditImage } from './feedback-audit.ts';
import { newFeedbackToken } from './feedback-links.ts';

/** An activity's feedback as the people who set it up see it: its link and window, never its answers. */
export interface ActivityFeedback {
  activity: Pick<Activity, 'id' | 'title' | 'signatoryId' | 'date'> & { participants: number };
  /** Absent until feedback is first switched on. */
  feedback?: {
    on: boolean;
    token: string;
    path: string;
    closesOn: string;
    form: FeedbackForm;
    /** Present once the board voided the answers: why, and when. */
    voided?: { reason: string; at: string };
  };
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
            ...(settings.voided ? { voided: { reason: settings.voided.reason, at: settings.voided.at } } : {}),
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
 * days) and its wording. Switching off and on again keeps the link printed before. Once
 * the window has closed its closing date can be brought forward but never moved later
 * (409, rule `feedbackWindowClosed`): a closed window is not reopened.
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
  const closed = existing !== undefined && dayOf(deps.today()) > existing.closesOn;
  // A closed window keeps the day it closed on when none is sent: switching it off or changing its wording reopens nothing.
  const closesOn = parsed.data.closesOn ?? (closed ? existing.closesOn : defaultClosingDate(activity.date, days));
  const problem = closingDateProblem(activity.date, closesOn);
  if (problem) throw invalid([{ pointer: '/closesOn', message: problem }]);
  if (closed && closesOn > existing.closesOn) throw windowClosed(existing.closesOn);
  const change = {
    on: parsed.data.on,
    closesOn,
    form: parsed.data.form,
    updatedAt: deps.now().toISOString(),
    updatedBy: actorOf(principal),
  };
  if (existing) await auditUpdate(deps, activityId, existing, change);
  else if (change.on) {
    const created = { activityId, signatoryId: activity.signatoryId, token: newFeedbackToken(), ...change };
    // Someone else switched it on at the same moment: theirs holds the link, and this change is applied to it.
    if (await createFeedback(deps.store, created)) await auditFeedbackCreated(deps.store, created);
    else await auditUpdate(deps, activityId, await getFeedbackSettings(deps.store, activityId), change);
  }
  return viewOf(activity, days, await getFeedbackSettings(deps.store, activityId));
};

/** Changes the settings and records the change, with the settings before and after, in the audit trail. */
async function auditUpdate(
  deps: Pick<QueryDeps, 'store'>,
  activityId: string,
  before: FeedbackSettings | undefined,
  change: Parameters<typeof updateFeedbackSettings>[2],
): Promise<void> {
  const version = await updateFeedbackSettings(deps.store, activityId, change);
  await putAuditEvent(deps.store, {
    entity: 'feedback',
    recordId: activityId,
    action: 'update',
    at: change.updatedAt,
    by: change.updatedBy,
    version,
    ...(before ? { before: auditImage(before) } : {}),
    after: auditImage({ ...before, ...change }),
  });
}

/** The board alone, as with the audit trail: when answers came in, and voiding them. */
function requireBoard(principal: Principal): void {
  requireAllowed(principal, 'read', 'audit', {});
}

/** The board's reason for voiding an activity's answers. */
export const feedbackVoidInput = /* @__PURE__ */ z.object({ reason: textBlock(500, { min: 1 }) });

/**
 * Voids an activity's answers, for the board: its counts drop to zero (and so out of every
 * figure), no answer is counted after, and the void (reason, who, when, how many answers)
 * is recorded in the audit trail and shown on the activity's feedback page.
 */
export const voidActivityFeedback: Query<{ activityId: string; body: unknown }, ActivityFeedback> = async (
  deps,
  principal,
  { activityId, body },
) => {
  requireBoard(principal);
  const parsed = feedbackVoidInput.safeParse(body);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
  const activity = await readActivity(deps, activityId);
  const at = deps.now().toISOString();
  const by = actorOf(principal);
  const voided = await voidFeedback(deps.store, activityId, { reason: parsed.data.reason, at, by });
  if (!voided) {
    const settings = await getFeedbackSettings(deps.store, activityId);
    throw new ProblemError(
      409,
      'conflict',
      'Cannot void',
      settings ? 'These answers were voided already.' : 'This activity has no feedback to void.',
    );
  }
  await putAuditEvent(deps.store, {
    entity: 'feedback',
    recordId: activityId,
    action: 'update',
    at,
    by,
    version: voided.after.version ?? 1,
    before: auditImage(voided.before),
    after: { ...auditImage(voided.after), responses: 0 },
  });
  return viewOf(activity, await windowDays(deps), await getFeedbackSettings(deps.store, activityId));
};

/** Answers per minute as the board reads them, and the signs of stuffing. */
export interface FeedbackTiming {
  minutes: MinuteCount[];
  /** Every answer counted came in one minute (and there were more than one). */
  allInOneMinute: boolean;
  /** The most answers of any one minute. */
  busiestMinute?: MinuteCount;
  /** The answers the minutes add up to (voided ones included). */
  answers: number;
}

/** When an activity's answers came in, minute by minute: for the board, to spot a link being stuffed. */
export const readFeedbackTiming: Query<{ activityId: string }, FeedbackTiming> = async (
  deps,
  principal,
  { activityId },
) => {
  requireBoard(principal);
  await readActivity(deps, activityId);
  return timingOf(await getFeedbackTiming(deps.store, activityId));
};

/** The signs of stuffing in an activity's answers per minute. */
export function timingOf(minutes: MinuteCount[]): FeedbackTiming {
  const answers = minutes.reduce((sum, m) => sum + m.answers, 0);
  const busiestMinute = minutes.reduce<MinuteCount | undefined>(
    (top, m) => (top === undefined || m.answers > top.answers ? m : top),
    undefined,
  );
  return {
    minutes,
    allInOneMinute: minutes.length === 1 && answers > 1,
    ...(busiestMinute ? { busiestMinute } : {}),
    answers,
  };
}

/**
 * Where an activity's feedback stands, as the list of links filters it: `open` (switched
 * on and its window not past, answers counted now or from the activity's day), `closed`
 * (its window has passed, or the board voided its answers) or `off` (never switched on,
 * or switched off).
 */
export const feedbackListStates = ['open', 'closed', 'off'] as const;
export type FeedbackListState = (typeof feedbackListStates)[number];

/** An activity on the list of feedback links. */
export interface FeedbackActivity {
  id: string;
  title: string;
  date: string;
  signatoryId: string;
  organisation: string;
  state: FeedbackListState;
  feedback?: { on: boolean; closesOn: string; voided: boolean };
}

/** How far back the list of feedback links goes: a window closes at most 60 days after its activity. */
const listDays = 120;

/** How many activities a page of the list holds unless asked otherwise: a short scroll on a phone. */
export const feedbackListPageSize = 25;

/** What the list of feedback links may be asked: one organisation's, one state's, a page after a cursor. */
export const feedbackListInput = /* @__PURE__ */ z.object({
  signatoryId: z.optional(recordId),
  state: z.optional(z.enum(feedbackListStates)),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(200))),
});

/** A page of the list of feedback links, and the signed cursor of the next when there is one. */
export interface FeedbackActivityPage {
  items: FeedbackActivity[];
  nextCursor?: string;
}

function listStateOf(feedback: FeedbackSettings | undefined, today: string): FeedbackListState {
  if (!feedback?.on) return 'off';
  return feedback.voided || today > feedback.closesOn ? 'closed' : 'open';
}

/**
 * Where an activity sits in the list: newest first, then by id (as the list of activities),
 * so every activity has one place. The cursor carries these alone, never the title, which
 * is free text and would land in the address and the access logs.
 */
type ListPosition = Pick<FeedbackActivity, 'date' | 'id'>;
const listOrder = (a: ListPosition, b: ListPosition): number =>
  b.date.localeCompare(a.date) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The position a page ended at, as the cursor carries it (signed before it leaves: docs/decisions/0209). */
const positionCursor = (p: ListPosition): string => Buffer.from(JSON.stringify([p.date, p.id])).toString('base64url');

function positionOf(cursor: string): ListPosition | undefined {
  try {
    const [date, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    return typeof date === 'string' && typeof id === 'string' ? { date, id } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The activities whose feedback the caller may set up (an editor's own organisation's; a
 * reviewer's or the board's for every signatory, or the one asked for) dated in the last
 * 120 days or ahead, newest first, each with its link's state, a page at a time: so a
 * reviewer, who cannot open activities themselves, finds each one's feedback page. Titles
 * and dates only. `state` keeps the open, closed or off links alone; the next page starts
 * after the signed `cursor` of the last, which is followed only for the same filters (400
 * otherwise, as for every list: docs/decisions/0209).
 */
export const listFeedbackActivities: Query<z.input<typeof feedbackListInput>, FeedbackActivityPage> = async (
  deps,
  principal,
  input,
) => {
  if (principal.kind === 'public') requireAllowed(principal, 'read', 'feedback', {});
  const parsed = feedbackListInput.safeParse(input);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'query');
  const { cursor: signed, limit = feedbackListPageSize, ...asked } = parsed.data;
  // An editor lists their own organisation's links unless they name another (and are refused).
  const signatoryId =
    asked.signatoryId ??
    (principal.kind !== 'public' && principal.role === 'signatory-editor' ? principal.signatoryId : undefined);
  if (signatoryId !== undefined) requireAllowed(principal, 'read', 'feedback', { signatoryId });
  const binding = listBinding('/manage/feedback', { signatoryId, state: asked.state });
  const opened = signed === undefined ? undefined : deps.cursors.open(binding, signed);
  const after = opened === undefined ? undefined : positionOf(opened);
  if (signed !== undefined && after === undefined)
    throw new ProblemError(400, 'validation', 'Invalid cursor', ruleMessage('invalidCursor'), [
      { pointer: '/cursor', ...brokenRule('invalidCursor') },
    ]);
  const today = dayOf(deps.today());
  const from = dayOf(new Date(deps.today().getTime() - listDays * 86_400_000));
  const signatories = (await listSignatories(deps.store)).filter(
    (s) =>
      (signatoryId === undefined || s.id === signatoryId) &&
      authorize(principal, 'read', 'feedback', { signatoryId: s.id }).allowed,
  );
  const activities = (
    await Promise.all(signatories.map((s) => listActivitiesOfSignatory(deps.store, s.id, { from, to: '9999-12-31' })))
  ).flat();
  const settings = await feedbackSettingsOf(
    deps.store,
    activities.map((a) => a.id),
  );
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  const listed = activities
    .map((a): FeedbackActivity => {
      const found = settings.get(a.id);
      return {
        id: a.id,
        title: a.title,
        date: a.date,
        signatoryId: a.signatoryId,
        organisation: names.get(a.signatoryId) ?? a.signatoryId,
        state: listStateOf(found, today),
        ...(found ? { feedback: { on: found.on, closesOn: found.closesOn, voided: found.voided !== undefined } } : {}),
      };
    })
    .filter((a) => (asked.state === undefined || a.state === asked.state) && (!after || listOrder(after, a) < 0))
    .sort(listOrder);
  const items = listed.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    ...(listed.length > limit && last ? { nextCursor: deps.cursors.sign(binding, positionCursor(last)) } : {}),
  };
};

/**
 * Which of `activityIds` have a feedback link switched on (and not voided), among those the
 * caller may read the feedback of: for the loop form's note that the people who took part
 * will see the loop's answer at the link.
 */
export const activitiesWithFeedback: Query<{ activityIds: readonly string[] }, string[]> = async (
  deps,
  principal,
  { activityIds },
) => {
  if (activityIds.length === 0) return [];
  const settings = await feedbackSettingsOf(deps.store, activityIds);
  return activityIds.filter((id) => {
    const found = settings.get(id);
    return (
      found !== undefined &&
      found.on &&
      found.voided === undefined &&
      authorize(principal, 'read', 'feedback', { signatoryId: found.signatoryId }).allowed
    );
  });
};

/**
 * A closed window cannot be reopened (docs/decisions/0111): its answers may be in figures
 * already, and a few more answers would let a reader subtract one figure from the next.
 */
function windowClosed(closedOn: string): ProblemError {
  return ProblemError.ofRule(409, 'conflict', 'Feedback closed', 'feedbackWindowClosed', { day: closedOn });
}

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
      /** Once closed: what became of what people said. */
      outcome?: FeedbackOutcome;
    };

/**
 * What the people who took part see at the link once it has closed: the "you said, we did"
 * loops linked to the activity, as the public may read them (texts once checked and
 * published, their Welsh where written). The activity's own title and public summary are
 * free text no one checks before it is public (docs/decisions/0402), so the page names the
 * activity by its organisation and date alone (`FeedbackLink`), never by them.
 */
export interface FeedbackOutcome {
  loops: PublicLoop[];
}

interface LinkContext {
  link: FeedbackLink;
  activityId?: string;
  participants?: number;
  activity?: Activity;
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
  const windowNow = windowState({ opensOn: activity.date, closesOn: settings.closesOn }, dayOf(deps.today()));
  // Answers the board voided are closed for good: nothing more is counted.
  const state = settings.voided && windowNow === 'open' ? 'closed' : windowNow;
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
    activity,
  };
}

/** The activity's linked loops as the public may read them: waiting texts left out. */
async function outcomeOf(deps: Pick<QueryDeps, 'store' | 'today'>, activity: Activity): Promise<FeedbackOutcome> {
  const [partnership, loops] = await Promise.all([
    getPartnership(deps.store),
    listLoopsOfSignatory(deps.store, activity.signatoryId),
  ]);
  const settings = partnership?.settings ?? defaultSettings;
  const linked = loops.filter((loop) => (loop.activityIds ?? []).includes(activity.id));
  return { loops: publicLoops(linked, dayOf(deps.today()), settings.loopDueDays, settings.publishWithinDays) };
}

/**
 * The answer page's link: anyone may open it, signed in or not. Once closed, with what
 * became of what people said (`outcome`).
 */
export const openFeedbackLink: Query<{ token: string }, FeedbackLink> = async (deps, _principal, { token }) => {
  const { link, activity } = await linkContext(deps, token);
  if (link.state !== 'closed' || !activity) return link;
  return { ...link, outcome: await outcomeOf(deps, activity) };
};

// The activity each link's token stands for never changes once issued, so each process keeps what it read.
const linksRead = /* @__PURE__ */ new Map<string, string>();
const maxLinksRead = 10_000;

/** The activity a link's token stands for, read once per process. */
async function activityOfLink(deps: Pick<QueryDeps, 'store'>, token: string): Promise<string | undefined> {
  const known = linksRead.get(token);
  if (known) return known;
  const activityId = await activityOfToken(deps.store, token);
  if (activityId) {
    if (linksRead.size >= maxLinksRead) linksRead.clear();
    linksRead.set(token, activityId);
  }
  return activityId;
}

/** What became of an answer, for the page that thanks or explains. */
export type AnswerResult =
  | { outcome: 'counted' }
  | { outcome: 'unknown' | 'not-open-yet' | 'closed' | 'full'; link: FeedbackLink }
  | { outcome: 'too-many'; retryAfterSeconds: number }
  | { outcome: 'invalid'; link: FeedbackLink; errors: FieldError[] };

/** The HTTP status the answer page answers each refusal with. */
export const refusedStatus: Record<Exclude<AnswerResult['outcome'], 'counted'>, number> = {
  invalid: 400,
  unknown: 404,
  'not-open-yet': 409,
  full: 409,
  closed: 410,
  'too-many': 429,
};

/**
 * Counts one person's answer through a link, exactly once (the same answer sent again is
 * thanked, not counted again): in one request to the table when it counts, the conditional
 * write, the link's activity being kept after its first read and the activity's day and
 * participants for a few seconds (./answer-activity.ts). Nothing is written when the link is unknown or switched
 * off, its window is not open, the activity has as many answers as people took part, or
 * the answer is incomplete; nor, before anything is read, when the link or the address it
 * came from (`address`, used for the limiter's short-lived counter alone) has sent more
 * than the limits allow (./feedback-limits.ts).
 */
export const answerFeedback: Query<{ token: string; body: unknown; address: string }, AnswerResult> = async (
  deps,
  _principal: Principal,
  { token, body, address },
) => {
  const allowance = takeAnswerAllowance(deps.store, token, address);
  if (!allowance.allowed) return { outcome: 'too-many', retryAfterSeconds: allowance.retryAfterSeconds };
  const parsed = feedbackAnswer.safeParse(body);
  const activityId = feedbackToken.safeParse(token).success ? await activityOfLink(deps, token) : undefined;
  const activity = activityId ? await activityForAnswer(deps.store, activityId, deps.now().getTime()) : undefined;
  const today = dayOf(deps.today());
  // The answer is counted first, its write checking the rest (the link on, not closed or voided, under the cap):
  // the page that explains a refusal reads what it needs only when there is one.
  if (parsed.success && activityId && activity && today >= activity.date) {
    const outcome = await countAnswer(deps.store, {
      ...parsed.data,
      activityId,
      token,
      today,
      at: deps.now().toISOString(),
      cap: Math.min(activity.participants.total, maxFeedbackAnswers),
    });
    if (outcome !== 'not-counted') return { outcome: 'counted' };
  }
  const { link } = await linkContext(deps, token);
  if (link.state !== 'open') return { outcome: link.state, link };
  if (!parsed.success) return { outcome: 'invalid', link, errors: fieldErrors(parsed.error.issues) };
  // Refused in the write itself, with the link open: the cap is reached.
  return { outcome: 'full', link };
};
