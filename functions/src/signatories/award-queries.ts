/**
 * What the board decides an award beside (docs/decisions/0110): a signatory's result
 * against each criterion today, over the partnership's award window, with the thresholds
 * the board set, the award's dates and the status history. For those who may change
 * signatories (the board); the award itself is written by the signatory's replace, which
 * checks it again (./award-guard.ts).
 */
import {
  charterStanding,
  dayOf,
  type AwardCriteria,
  type CharterStanding,
  type Principal,
  type StatusChange,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { recordNotFound, requireAllowed } from '../records/record-queries.ts';
import { awardEligibilityOn, type AwardEligibility } from '../reports/award-eligibility.ts';
import { awardNoticeDays } from '../reports/exception-queries.ts';
import { getRecord } from '../table/index.ts';
import { signatoryKind } from './signatory-entity.ts';

export interface AwardDecision {
  standing: CharterStanding;
  eligibility: AwardEligibility;
  criteria: AwardCriteria & { awardWindowMonths: number };
  renewalNoticeDays: number;
  /** Every change of status, award date or reason, newest first. */
  history: StatusChange[];
}

/** The award decision for one signatory; 404 when there is no such signatory. */
export async function awardDecision(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: { id: string },
): Promise<AwardDecision> {
  requireAllowed(principal, 'update', 'signatory', {});
  const [signatory, partnership] = await Promise.all([
    getRecord(deps.store, signatoryKind, input.id),
    getPartnership(deps.store),
  ]);
  if (!signatory) throw recordNotFound('signatory', input.id);
  if (!partnership) throw ProblemError.ofRule(404, 'not-found', 'Not found', 'noPartnership');
  const today = dayOf(deps.today());
  const eligibility = (await awardEligibilityOn(deps.store, signatory.id, today, partnership))!;
  const { awardClosurePercent, awardReviewerMean, awardNeedsReviewerAssessment, awardWindowMonths } =
    partnership.settings;
  return {
    standing: charterStanding(signatory, today),
    eligibility,
    criteria: { awardClosurePercent, awardReviewerMean, awardNeedsReviewerAssessment, awardWindowMonths },
    renewalNoticeDays: awardNoticeDays,
    history: [...(signatory.statusHistory ?? [])].reverse(),
  };
}
