/**
 * Every record's rules between fields are asked alongside the errors of its other fields,
 * even those that stop zod's parse (a wrong type, a value not in the list), so one try
 * shows every error (docs/decisions/0019); a rule whose own field is wrong is not.
 */
import { describe, expect, it } from 'vitest';
import { userInvite } from './access.ts';
import { assessmentInput } from './assessment.ts';
import { challengeInput } from './challenge.ts';
import { feedbackLoopInput } from './feedback-loop.ts';

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.'));

const loop = {
  id: 'loop-1',
  signatoryId: 'demo-city-council',
  raisedOn: '2026-03-02',
  youSaid: 'Evening sessions please',
  status: 'open',
};

describe('rules between fields, asked with the other errors', () => {
  it('of a loop', () => {
    const result = feedbackLoopInput.safeParse({
      ...loop,
      youSaid: '',
      principles: 'all of them',
      status: 'not-taken-forward',
      communicatedOn: '2026-03-01',
      respondedOn: '2026-03-01',
      evidenceUrl: 'http://example.org',
    });
    expect(paths(result)).toEqual(['youSaid', 'evidenceUrl', 'principles', 'reason', 'communicatedOn', 'respondedOn']);
    // A status that is not one is reported as such, and its rule is not asked.
    expect(paths(feedbackLoopInput.safeParse({ ...loop, status: 'dropped', raisedOn: '2026-02-30' }))).toEqual([
      'raisedOn',
      'status',
    ]);
  });

  it('of a loop that links more activities than one saving reads', () => {
    const activityIds = Array.from({ length: 51 }, (_, i) => `activity-${i}`);
    expect(paths(feedbackLoopInput.safeParse({ ...loop, activityIds }))).toEqual(['activityIds']);
    expect(feedbackLoopInput.safeParse({ ...loop, activityIds: activityIds.slice(1) }).success).toBe(true);
  });

  it('of a challenge', () => {
    const result = challengeInput.safeParse({
      id: 'challenge-1',
      signatoryId: 'demo-city-council',
      reviewerId: 'demo-forum',
      raisedOn: '2026-03-02',
      text: 'x'.repeat(5001),
      principles: 'all of them',
      response: 'Because.',
      closedOn: '2026-03-01',
    });
    expect(paths(result)).toEqual(['text', 'principles', 'respondedOn', 'closure', 'closedOn']);
  });

  it('of an assessment and of an invitation', () => {
    const assessment = { id: 'a-1', signatoryId: 'demo-city-council', period: '2026-Q1', by: 'reviewer', scores: 4 };
    expect(paths(assessmentInput.safeParse(assessment))).toEqual(['scores', 'reviewerId']);
    expect(paths(userInvite.safeParse({ email: 42, role: 'reviewer' }))).toEqual(['email', 'signatoryId']);
    // A role that is not one is reported as such, and its rule is not asked.
    expect(paths(userInvite.safeParse({ email: 42, role: 'owner' }))).toEqual(['email', 'role']);
  });
});
