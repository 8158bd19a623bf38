/**
 * Charter status: whether a signatory is eligible for the charter award, and whether
 * an award still stands.
 *
 * Eligible when, over the last 12 months: every principle has evidence; `closureRate >= 0.7`;
 * no overdue challenge; mean reviewer score >= 3 where reviewer scores exist.
 * Awards expire 12 months after they were made unless renewed.
 */
import type { CharterStatus } from '../records/vocabulary.ts';
import { addDays, daysBetween } from '../time/days.ts';
import { addMonths } from '../time/months.ts';
import { quarterStart, type AssessmentFacts } from './principles.ts';

export const eligibilityClosureRate = 0.7;
export const eligibilityReviewerScore = 3;

export type CriterionId = 'evidence-for-every-principle' | 'closure-rate' | 'no-overdue-challenge' | 'reviewer-score';

export interface Criterion {
  id: CriterionId;
  /** null when the criterion cannot be checked from what is recorded. */
  met: boolean | null;
  detail: string;
}

export interface Eligibility {
  /** True when every criterion that can be checked is met. */
  eligible: boolean;
  criteria: Criterion[];
}

export interface EligibilityInput {
  principleIds: readonly string[];
  /** Principle id -> activities and closed loops tagged with it over the 12 months. */
  evidence: Readonly<Record<string, number>>;
  closureRate: number | null;
  /** Challenges overdue for an answer; null while challenges are not recorded. */
  overdueChallenges: number | null;
  /** Every reviewer score given for the 12 months. */
  reviewerScores: readonly number[];
}

export function eligibility(input: EligibilityInput): Eligibility {
  const missing = input.principleIds.filter((id) => (input.evidence[id] ?? 0) === 0);
  const meanReviewer = input.reviewerScores.length
    ? input.reviewerScores.reduce((a, b) => a + b, 0) / input.reviewerScores.length
    : null;
  const criteria: Criterion[] = [
    {
      id: 'evidence-for-every-principle',
      met: missing.length === 0,
      detail: missing.length === 0 ? 'Every principle has evidence' : `No evidence for: ${missing.join(', ')}`,
    },
    {
      id: 'closure-rate',
      met: input.closureRate !== null && input.closureRate >= eligibilityClosureRate,
      detail:
        input.closureRate === null
          ? 'No feedback loops were raised'
          : `${Math.round(input.closureRate * 100)}% of loops closed (needs ${eligibilityClosureRate * 100}%)`,
    },
    {
      id: 'no-overdue-challenge',
      met: input.overdueChallenges === null ? null : input.overdueChallenges === 0,
      detail:
        input.overdueChallenges === null
          ? 'Challenges are not recorded yet, so this was not checked'
          : `${input.overdueChallenges} overdue challenge${input.overdueChallenges === 1 ? '' : 's'}`,
    },
    {
      id: 'reviewer-score',
      met: meanReviewer === null || meanReviewer >= eligibilityReviewerScore,
      detail:
        meanReviewer === null
          ? 'No reviewer scores'
          : `Mean reviewer score ${meanReviewer.toFixed(1)} (needs ${eligibilityReviewerScore})`,
    },
  ];
  return { eligible: criteria.every((c) => c.met !== false), criteria };
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
