/**
 * Families' feedback figures for the reports (docs/decisions/0111): every activity's
 * counts in one query, joined to the activities whose answers may be counted (at least
 * the floor of them), then added up whole for whatever period, filter, signatory or
 * sector is asked. Nothing below the floor leaves this module, for any reader.
 */
import {
  dayOf,
  feedbackFloor,
  feedbackTotals,
  participantFeedbackFigures,
  principleFeedback,
  type ActivityFeedbackCounts,
  type FeedbackScope,
  type ParticipantFeedbackFigures,
  type PrincipleFeedback,
  type RecordedExperience,
} from '@equal-partners/shared';
import type { Store } from '../table/index.ts';
import { feedbackFieldsOfActivities } from '../activities/activity-entity.ts';
import { listFeedbackCounts } from './feedback-entity.ts';

/**
 * The counts of every activity (of one signatory, when asked) with at least `floor`
 * answers, with the fields the figures select them by. An activity under the floor is
 * not even read: it can reach no figure.
 */
export async function readActivityFeedback(
  store: Store,
  floor: number,
  signatoryId?: string,
): Promise<ActivityFeedbackCounts[]> {
  const listed = (await listFeedbackCounts(store, signatoryId)).filter((f) => f.responses >= floor);
  if (listed.length === 0) return [];
  const activities = await feedbackFieldsOfActivities(
    store,
    listed.map((f) => f.activityId),
  );
  return listed.flatMap((counts) => {
    const activity = activities.get(counts.activityId);
    if (!activity) return [];
    return [
      {
        activityId: counts.activityId,
        signatoryId: activity.signatoryId,
        date: activity.date,
        channel: activity.channel,
        audience: activity.audience,
        principles: activity.principles,
        participants: activity.participants,
        closesOn: counts.closesOn,
        responses: counts.responses,
        answers: counts.answers,
      },
    ];
  });
}

/** Families' feedback over one scope, beside the organisation's own record, and by principle. */
export interface FeedbackReport {
  figures: ParticipantFeedbackFigures;
  principles: PrincipleFeedback[];
}

/** The figures of `activities` within `scope`, as the partnership's floor allows on `now`. */
export function feedbackReport(
  activities: readonly ActivityFeedbackCounts[],
  scope: FeedbackScope,
  settings: { minFeedbackResponses?: number | undefined },
  recorded: RecordedExperience,
  principleIds: readonly string[],
  now: Date,
): FeedbackReport {
  const floor = feedbackFloor(settings);
  const today = dayOf(now);
  return {
    figures: participantFeedbackFigures(feedbackTotals(activities, scope, floor, today), recorded, floor),
    principles: principleFeedback(activities, principleIds, scope, floor, today),
  };
}
