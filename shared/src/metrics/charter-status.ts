/**
 * Charter status: whether a signatory is eligible for the charter award, and whether
 * an award still stands.
 *
 * Eligible when, over the award window (the partnership's `awardWindowMonths`, 12 by
 * default): every principle has evidence; at least `awardClosurePercent` of loops closed;
 * no overdue challenge; a mean reviewer score of at least `awardReviewerMean` where
 * reviewer scores exist; and, unless the board switched it off
 * (`awardNeedsReviewerAssessment`), at least one reviewer assessment: evidence from
 * outside the organisation (docs/decisions/0110). Awards expire 12 months after they were
 * made unless renewed.
 */
import type { CharterStatus } from '../records/vocabulary.ts';
import { defaultSettings } from '../records/default-settings.ts';
import { addDays, daysBetween } from '../time/days.ts';
import { addMonths } from '../time/months.ts';
import { quarterStart, type AssessmentFacts } from './principles.ts';

export const criterionIds = [
  'evidence-for-every-principle',
  'closure-rate',
  'no-overdue-challenge',
  'reviewer-score',
  'reviewer-assessment',
] as const;
export type CriterionId = (typeof criterionIds)[number];

export interface Criterion {
  id: CriterionId;
  /** null when the criterion cannot be checked from what is recorded. */
  met: boolean | null;
  detail: string;
  /** The signatory's figure, where the criterion has one: a share (0 to 1), a mean score or a count; null when there is none. */
  value?: number | null;
  /** What the criterion asks of that figure (the least share, mean or count; for challenges, the most). */
  needed?: number;
  /** The principles with no evidence. */
  missing?: string[];
}

export interface Eligibility {
  /** True when every criterion that can be checked is met. */
  eligible: boolean;
  criteria: Criterion[];
}

/** What the board asks of a signatory for the award: the partnership's settings. */
export interface AwardCriteria {
  /** The least share of loops closed, as a percentage (at least 50). */
  awardClosurePercent: number;
  /** The least mean reviewer score, 1 to 4 (at least 2.5). */
  awardReviewerMean: number;
  /** Whether at least one reviewer assessment is needed in the window. */
  awardNeedsReviewerAssessment: boolean;
}

export const defaultAwardCriteria: AwardCriteria = {
  awardClosurePercent: defaultSettings.awardClosurePercent,
  awardReviewerMean: defaultSettings.awardReviewerMean,
  awardNeedsReviewerAssessment: defaultSettings.awardNeedsReviewerAssessment,
};

export interface EligibilityInput {
  principleIds: readonly string[];
  /** Principle id -> activities and closed loops tagged with it over the window. */
  evidence: Readonly<Record<string, number>>;
  closureRate: number | null;
  /** Challenges overdue for an answer; null while challenges are not recorded. */
  overdueChallenges: number | null;
  /** Every reviewer score given for the window. */
  reviewerScores: readonly number[];
  /** How many reviewer assessments were made for quarters in the window. */
  reviewerAssessments: number;
  /** The board's thresholds; the defaults when not given. */
  criteria?: AwardCriteria;
}

export function eligibility(input: EligibilityInput): Eligibility {
  const asked = input.criteria ?? defaultAwardCriteria;
  const closureNeeded = asked.awardClosurePercent / 100;
  const missing = input.principleIds.filter((id) => (input.evidence[id] ?? 0) === 0);
  const meanReviewer = input.reviewerScores.length
    ? input.reviewerScores.reduce((a, b) => a + b, 0) / input.reviewerScores.length
    : null;
  const criteria: Criterion[] = [
    {
      id: 'evidence-for-every-principle',
      met: missing.length === 0,
      detail: missing.length === 0 ? 'Every principle has evidence' : `No evidence for: ${missing.join(', ')}`,
      missing,
    },
    {
      id: 'closure-rate',
      met: input.closureRate !== null && input.closureRate >= closureNeeded,
      detail:
        input.closureRate === null
          ? 'No feedback loops were raised'
          : `${Math.round(input.closureRate * 100)}% of loops closed (needs ${asked.awardClosurePercent}%)`,
      value: input.closureRate,
      needed: closureNeeded,
    },
    {
      id: 'no-overdue-challenge',
      met: input.overdueChallenges === null ? null : input.overdueChallenges === 0,
      detail:
        input.overdueChallenges === null
          ? 'Challenges are not recorded yet, so this was not checked'
          : `${input.overdueChallenges} overdue challenge${input.overdueChallenges === 1 ? '' : 's'}`,
      value: input.overdueChallenges,
      needed: 0,
    },
    {
      id: 'reviewer-score',
      met: meanReviewer === null || meanReviewer >= asked.awardReviewerMean,
      detail:
        meanReviewer === null
          ? 'No reviewer scores'
          : `Mean reviewer score ${meanReviewer.toFixed(1)} (needs ${asked.awardReviewerMean})`,
      value: meanReviewer,
      needed: asked.awardReviewerMean,
    },
  ];
  if (asked.awardNeedsReviewerAssessment) {
    criteria.push({
      id: 'reviewer-assessment',
      met: input.reviewerAssessments >= 1,
      detail:
        input.reviewerAssessments === 0
          ? 'No reviewer assessment (needs at least 1)'
          : `${input.reviewerAssessments} reviewer assessment${input.reviewerAssessments === 1 ? '' : 's'}`,
      value: input.reviewerAssessments,
      needed: 1,
    });
  }
  return { eligible: criteria.every((c) => c.met !== false), criteria };
}

/** The criteria a signatory does not meet: those an award made anyway goes against. */
export function unmetCriteria(result: Eligibility): Criterion[] {
  return result.criteria.filter((c) => c.met === false);
}

/** How many reviewer assessments are for quarters starting within `from`..`to` (dates, both included). */
export function reviewerAssessmentsWithin(assessments: Iterable<AssessmentFacts>, from: string, to: string): number {
  let count = 0;
  for (const a of assessments) {
    const start = quarterStart(a.period);
    if (a.by === 'reviewer' && start >= from && start <= to) count += 1;
  }
  return count;
}

/** Every reviewer score from assessments for quarters starting within `from`..`to` (dates, both included). */
export function reviewerScoresWithin(assessments: Iterable<AssessmentFacts>, from: string, to: string): number[] {
  const scores: number[] = [];
  for (const a of assessments) {
    const start = quarterStart(a.period);
    if (a.by === 'reviewer' && start >= from && start <= to) scores.push(...a.scores.map((s) => s.score));
  }
  return scores;
}

/** The day an award made on `awardedOn` expires: 12 months later. */
export function awardExpiresOn(awardedOn: string): string {
  const expiryMonth = addMonths(awardedOn.slice(0, 7), 12);
  const day = awardedOn.slice(8, 10);
  const candidate = `${expiryMonth}-${day}`;
  // 29 February awards expire on 1 March when the next year has no 29 February.
  return new Date(`${candidate}T00:00:00Z`).toISOString().slice(0, 10) === candidate
    ? candidate
    : addDays(`${expiryMonth}-28`, 1);
}

/** The status as of `today`: an award older than 12 months has lapsed unless renewed since. */
export function effectiveCharterStatus(
  status: { status: CharterStatus; awardedOn?: string | undefined },
  today: string,
): CharterStatus {
  if (status.status === 'awarded' && status.awardedOn && awardExpiresOn(status.awardedOn) <= today) return 'lapsed';
  return status.status;
}

/** A signatory's charter status as of a day, with the award's dates while it is `awarded` or once it has `lapsed`. */
export interface CharterStanding {
  status: CharterStatus;
  awardedOn?: string;
  expiresOn?: string;
}

/**
 * The charter status to report on `today`: the recorded status, except that an award
 * past its expiry reads `lapsed`. The award's dates come with an award, whether it still
 * stands or has lapsed.
 * @example charterStanding({ charterStatus: 'awarded', awardedOn: '2025-04-14' }, '2026-05-15')
 * // { status: 'lapsed', awardedOn: '2025-04-14', expiresOn: '2026-04-14' }
 */
export function charterStanding(
  signatory: { charterStatus: CharterStatus; awardedOn?: string | undefined },
  today: string,
): CharterStanding {
  const status = effectiveCharterStatus({ status: signatory.charterStatus, awardedOn: signatory.awardedOn }, today);
  const award = signatory.charterStatus === 'awarded' || status === 'lapsed';
  if (!award || !signatory.awardedOn) return { status };
  return { status, awardedOn: signatory.awardedOn, expiresOn: awardExpiresOn(signatory.awardedOn) };
}

/** The fields of a challenge the overdue count reads. */
export interface ChallengeFacts {
  raisedOn: string;
  respondedOn?: string | undefined;
}

/** Challenges unanswered on `asOf` for more than `challengeDueDays` days. */
export function overdueChallengesAt(
  challenges: Iterable<ChallengeFacts>,
  asOf: string,
  challengeDueDays: number,
): number {
  let count = 0;
  for (const c of challenges) {
    const unanswered = !c.respondedOn || c.respondedOn > asOf;
    if (c.raisedOn <= asOf && unanswered && daysBetween(c.raisedOn, asOf) > challengeDueDays) count += 1;
  }
  return count;
}
