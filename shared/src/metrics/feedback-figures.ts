/**
 * Families' feedback as figures (docs/decisions/0111): what people told us directly
 * through an activity's feedback link, beside what the organisation recorded itself
 * (the exit survey of `experience`).
 *
 * No figure rests on fewer than `minFeedbackResponses` (at least 5) answers, for any
 * reader. An activity's answers are counted whole or not at all: only once they are
 * final (its window has closed, or everyone who took part has answered) and only when
 * there are at least the floor of them. Every figure, for any period, filter, signatory
 * or sector, is a sum over such whole activities; the difference of any two figures a
 * reader can ask for is then a sum of whole activities too, each on at least the floor,
 * or nothing: no subtraction isolates fewer answers than the floor.
 *
 * - `responses` = sum of the counted activities' answers
 * - `feltListened` (and the others) = sum of their `yes` answers; `…Share` = / `responses`
 * - `recorded…Share` = the organisation's own exit survey: agreed / responses
 * - `gap…` = what people told us directly - what the organisation recorded (a share
 *   difference, negative when people were less positive than the record); null unless both exist
 */
import type { ActivityFilter } from '../rollups/month-rollup.ts';
import { ratio } from './ratio.ts';
import {
  feedbackChoices,
  feedbackQuestions,
  maxFeedbackAnswers,
  type FeedbackChoice,
  type FeedbackQuestion,
} from '../records/participant-feedback.ts';

/** The fewest answers any feedback figure may rest on, whatever a partnership sets (decision 0106's floors). */
export const feedbackResponsesFloor = 5;

/** One activity's feedback counts with what the figures select and attribute it by. */
export interface ActivityFeedbackCounts {
  activityId: string;
  signatoryId: string;
  /** The activity's date: its answers count in its month, as the activity does. */
  date: string;
  channel: string;
  audience: readonly string[];
  principles: readonly string[];
  participants: number;
  closesOn: string;
  responses: number;
  answers: Record<FeedbackQuestion, Record<FeedbackChoice, number>>;
}

/** Whether no more answers can be counted for the activity: its window has closed, or everyone who took part answered. */
export function feedbackIsFinal(activity: ActivityFeedbackCounts, today: string): boolean {
  return today > activity.closesOn || activity.responses >= Math.min(activity.participants, maxFeedbackAnswers);
}

/** The floor a partnership's setting gives, never below 5. */
export function feedbackFloor(settings: { minFeedbackResponses?: number | undefined }): number {
  return Math.max(feedbackResponsesFloor, settings.minFeedbackResponses ?? feedbackResponsesFloor);
}

/** Whether an activity's answers are counted in any figure on `today`: final, and at least the floor of them. */
export function feedbackCounts(activity: ActivityFeedbackCounts, floor: number, today: string): boolean {
  return activity.responses >= Math.max(floor, feedbackResponsesFloor) && feedbackIsFinal(activity, today);
}

/** Where a figure's activities are taken from: months, signatories and a filter, as a signed-in reader asks. */
export interface FeedbackScope {
  /** First and last day, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** Every signatory when left out. */
  signatoryIds?: ReadonlySet<string> | undefined;
  filter?: ActivityFilter | undefined;
}

function inScope(activity: ActivityFeedbackCounts, scope: FeedbackScope): boolean {
  if (activity.date < scope.from || activity.date > scope.to) return false;
  if (scope.signatoryIds && !scope.signatoryIds.has(activity.signatoryId)) return false;
  const filter = scope.filter ?? {};
  if (filter.channel !== undefined && activity.channel !== filter.channel) return false;
  if (filter.audience !== undefined && !activity.audience.includes(filter.audience)) return false;
  return true;
}

/** The sum of whole activities' answers. */
export interface FeedbackTotals {
  activities: number;
  responses: number;
  yes: Record<FeedbackQuestion, number>;
}

const noYes = (): Record<FeedbackQuestion, number> =>
  Object.fromEntries(feedbackQuestions.map((q) => [q, 0])) as Record<FeedbackQuestion, number>;

/** Adds up the counted activities in `scope`: never part of an activity, never one under the floor or still open. */
export function feedbackTotals(
  activities: readonly ActivityFeedbackCounts[],
  scope: FeedbackScope,
  floor: number,
  today: string,
): FeedbackTotals {
  const totals: FeedbackTotals = { activities: 0, responses: 0, yes: noYes() };
  for (const activity of activities) {
    if (!inScope(activity, scope) || !feedbackCounts(activity, floor, today)) continue;
    totals.activities += 1;
    totals.responses += activity.responses;
    for (const q of feedbackQuestions) totals.yes[q] += activity.answers[q].yes;
  }
  return totals;
}

/** What the organisation recorded itself: its exit survey's responses and shares agreeing. */
export interface RecordedExperience {
  responses: number;
  feltListened: number | null;
  knowWhatHappensNext: number | null;
}

/** Families' feedback for one signatory or the partnership over a period, beside the organisation's own record. */
export interface ParticipantFeedbackFigures {
  /** The fewest answers an activity needs to be counted (the partnership's `minFeedbackResponses`). */
  minimumResponses: number;
  /** Activities whose answers are counted. */
  activities: number;
  responses: number;
  feltListened: number;
  knowWhatHappensNext: number;
  easyToTakePart: number;
  feltListenedShare: number | null;
  knowWhatHappensNextShare: number | null;
  easyToTakePartShare: number | null;
  recorded: RecordedExperience;
  /** Told directly - recorded, as a share difference; null unless both exist. */
  gapFeltListened: number | null;
  gapKnowWhatHappensNext: number | null;
}

const gap = (told: number | null, recorded: number | null) =>
  told === null || recorded === null ? null : told - recorded;

/** The figures of `totals` beside the organisation's own record. */
export function participantFeedbackFigures(
  totals: FeedbackTotals,
  recorded: RecordedExperience,
  minimumResponses: number,
): ParticipantFeedbackFigures {
  const share = (q: FeedbackQuestion) => ratio(totals.yes[q], totals.responses);
  return {
    minimumResponses,
    activities: totals.activities,
    responses: totals.responses,
    feltListened: totals.yes.feltListened,
    knowWhatHappensNext: totals.yes.knowWhatHappensNext,
    easyToTakePart: totals.yes.easyToTakePart,
    feltListenedShare: share('feltListened'),
    knowWhatHappensNextShare: share('knowWhatHappensNext'),
    easyToTakePartShare: share('easyToTakePart'),
    recorded,
    gapFeltListened: gap(share('feltListened'), recorded.feltListened),
    gapKnowWhatHappensNext: gap(share('knowWhatHappensNext'), recorded.knowWhatHappensNext),
  };
}

/** One principle's families' feedback: from the counted activities tagged with it, independent of any reviewer. */
export interface PrincipleFeedback {
  principleId: string;
  activities: number;
  responses: number;
  feltListenedShare: number | null;
}

/** Each principle's feedback over `scope`, in the charter's order. */
export function principleFeedback(
  activities: readonly ActivityFeedbackCounts[],
  principleIds: readonly string[],
  scope: FeedbackScope,
  floor: number,
  today: string,
): PrincipleFeedback[] {
  return principleIds.map((principleId) => {
    const tagged = activities.filter((a) => a.principles.includes(principleId));
    const totals = feedbackTotals(tagged, scope, floor, today);
    return {
      principleId,
      activities: totals.activities,
      responses: totals.responses,
      feltListenedShare: ratio(totals.yes.feltListened, totals.responses),
    };
  });
}

/** Every choice's count as zero: for an activity with no answers yet. */
export const noFeedbackAnswers = (): ActivityFeedbackCounts['answers'] =>
  Object.fromEntries(
    feedbackQuestions.map((q) => [q, Object.fromEntries(feedbackChoices.map((c) => [c, 0]))]),
  ) as ActivityFeedbackCounts['answers'];
