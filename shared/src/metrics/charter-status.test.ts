import { describe, expect, it } from 'vitest';
import { exampleAssessments } from '../testing/worked-example.ts';
import {
  awardExpiresOn,
  charterStanding,
  defaultAwardCriteria,
  effectiveCharterStatus,
  eligibility,
  overdueChallengesAt,
  reviewerAssessmentsWithin,
  reviewerScoresWithin,
  unmetCriteria,
} from './charter-status.ts';

const principleIds = ['p-one', 'p-two'];
const allGood = {
  principleIds,
  evidence: { 'p-one': 2, 'p-two': 1 },
  closureRate: 0.7,
  overdueChallenges: 0,
  reviewerScores: [3, 4, 2],
  reviewerAssessments: 2,
};

describe('charter award eligibility', () => {
  it('is eligible when every criterion is met', () => {
    const result = eligibility(allGood);
    expect(result.eligible).toBe(true);
    expect(result.criteria.map((c) => c.met)).toEqual([true, true, true, true, true]);
  });

  it('needs evidence for every principle', () => {
    const result = eligibility({ ...allGood, evidence: { 'p-one': 2 } });
    expect(result.eligible).toBe(false);
    expect(result.criteria[0]).toMatchObject({ met: false, detail: 'No evidence for: p-two' });
  });

  it('needs at least 70% of loops closed, and some loops', () => {
    expect(eligibility({ ...allGood, closureRate: 0.69 }).eligible).toBe(false);
    expect(eligibility({ ...allGood, closureRate: null }).eligible).toBe(false);
  });

  it('needs no overdue challenge, and says so when challenges are not recorded', () => {
    expect(eligibility({ ...allGood, overdueChallenges: 1 }).eligible).toBe(false);
    const unknown = eligibility({ ...allGood, overdueChallenges: null });
    expect(unknown.eligible).toBe(true);
    expect(unknown.criteria[2]?.met).toBeNull();
  });

  it('needs a mean reviewer score of 3 where reviewer scores exist', () => {
    expect(eligibility({ ...allGood, reviewerScores: [3, 2] }).eligible).toBe(false);
    const unscored = { ...allGood, reviewerScores: [], reviewerAssessments: 0 };
    expect(
      eligibility({ ...unscored, criteria: { ...defaultAwardCriteria, awardNeedsReviewerAssessment: false } }).eligible,
    ).toBe(true);
  });

  it('needs a reviewer assessment in the window unless the board switched that off', () => {
    const unassessed = eligibility({ ...allGood, reviewerScores: [], reviewerAssessments: 0 });
    expect(unassessed.eligible).toBe(false);
    expect(unassessed.criteria.at(-1)).toMatchObject({ id: 'reviewer-assessment', met: false, value: 0, needed: 1 });
    const off = eligibility({
      ...allGood,
      reviewerAssessments: 0,
      criteria: { ...defaultAwardCriteria, awardNeedsReviewerAssessment: false },
    });
    expect(off.criteria.map((c) => c.id)).not.toContain('reviewer-assessment');
  });

  it('asks what the board set: a closure rate and a mean reviewer score', () => {
    const stricter = { ...defaultAwardCriteria, awardClosurePercent: 80, awardReviewerMean: 3.5 };
    const result = eligibility({ ...allGood, closureRate: 0.75, reviewerScores: [3, 4], criteria: stricter });
    expect(unmetCriteria(result).map((c) => c.id)).toEqual(['closure-rate']);
    expect(result.criteria[1]).toMatchObject({ value: 0.75, needed: 0.8, detail: '75% of loops closed (needs 80%)' });
    expect(eligibility({ ...allGood, closureRate: 0.8, reviewerScores: [4], criteria: stricter }).eligible).toBe(true);
  });

  it('counts reviewer assessments of quarters starting in the window', () => {
    expect(reviewerAssessmentsWithin(exampleAssessments, '2025-04-01', '2026-03-31')).toBeGreaterThan(0);
    expect(reviewerAssessmentsWithin(exampleAssessments, '2026-04-01', '2027-03-31')).toBe(0);
  });

  it('collects reviewer scores of quarters starting in the window', () => {
    expect(reviewerScoresWithin(exampleAssessments, '2025-04-01', '2026-03-31')).toEqual([3, 1]);
    expect(reviewerScoresWithin(exampleAssessments, '2026-04-01', '2027-03-31')).toEqual([]);
  });
});

describe('award expiry', () => {
  it('expires 12 months after the award', () => {
    expect(awardExpiresOn('2026-03-15')).toBe('2027-03-15');
    expect(awardExpiresOn('2028-02-29')).toBe('2029-03-01');
    expect(effectiveCharterStatus({ status: 'awarded', awardedOn: '2026-03-15' }, '2027-03-14')).toBe('awarded');
    expect(effectiveCharterStatus({ status: 'awarded', awardedOn: '2026-03-15' }, '2027-03-15')).toBe('lapsed');
    expect(effectiveCharterStatus({ status: 'signed' }, '2030-01-01')).toBe('signed');
  });

  it('reports an award with its dates, as lapsed once 13 months old', () => {
    const award = { charterStatus: 'awarded', awardedOn: '2025-04-14' } as const;
    expect(charterStanding(award, '2026-04-13')).toEqual({
      status: 'awarded',
      awardedOn: '2025-04-14',
      expiresOn: '2026-04-14',
    });
    expect(charterStanding(award, '2026-05-15')).toEqual({
      status: 'lapsed',
      awardedOn: '2025-04-14',
      expiresOn: '2026-04-14',
    });
    expect(charterStanding({ charterStatus: 'awarded' }, '2026-05-15')).toEqual({ status: 'awarded' });
    expect(charterStanding({ charterStatus: 'signed', awardedOn: '2025-04-14' }, '2026-05-15')).toEqual({
      status: 'signed',
    });
  });
});

describe('overdue challenges', () => {
  it('counts challenges unanswered for more than the due days on the day asked about', () => {
    const challenges = [
      { raisedOn: '2026-01-01' },
      { raisedOn: '2026-01-01', respondedOn: '2026-01-20' },
      { raisedOn: '2026-01-01', respondedOn: '2026-03-01' },
      { raisedOn: '2026-02-20' },
    ];
    // on 30 Jan the first and third are 29 days old and unanswered; the fourth is not raised yet
    expect(overdueChallengesAt(challenges, '2026-01-29', 28)).toBe(0);
    expect(overdueChallengesAt(challenges, '2026-01-30', 28)).toBe(2);
    // on 1 Mar the third has been answered; the fourth is 9 days old, and 29 on 21 Mar
    expect(overdueChallengesAt(challenges, '2026-03-01', 28)).toBe(1);
    expect(overdueChallengesAt(challenges, '2026-03-21', 28)).toBe(2);
  });
});
