/**
 * The board's exceptions and awards to decide, called as the "Your work" page calls them:
 * a signatory of the test's own, added to the demo partnership with an overdue loop, an
 * overdue challenge, a group not heard and a gap between its own and its reviewer's scores,
 * and an award that expires within the notice period.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { assessmentQueries } from '../assessments/assessment-queries.ts';
import { challengeQueries } from '../challenges/challenge-queries.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { demoToday, newActivity, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { awardsToDecide, partnershipExceptions, type SignatoryExceptions } from './exception-queries.ts';

const trust = 'qa-exceptions-trust';
const forum = 'demo-city-parent-carer-forum';

let store: TestStore;
let deps: ListDeps;

beforeAll(async () => {
  store = await createTestStore('exception-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  // Awarded on 2025-06-20: the award expires on 2026-06-20, 36 days after the test's today (2026-05-15).
  await signatoryQueries.create(deps, callers.admin, {
    body: {
      id: trust,
      name: 'Exceptions Test Trust',
      sector: 'health',
      signedOn: '2022-01-01',
      charterStatus: 'awarded',
      awardedOn: '2025-06-20',
      // A new signatory meets no criterion yet: the board says why it awards it (docs/decisions/0110).
      awardReason: 'Awarded for this test of the award’s expiry.',
    },
  });
  // Twenty people took part and twelve said who they are, none of them from a marginalised group.
  await activityQueries.create(deps, callers.admin, {
    body: newActivity('qa-exc-act', trust, {
      date: '2026-03-02',
      participants: { total: 20, firstTime: 5, demographicsRecorded: 12, groups: {} },
    }),
  });
  await loopQueries.create(deps, callers.admin, { body: newLoop('qa-exc-loop', trust, { raisedOn: '2026-01-05' }) });
  await challengeQueries.create(deps, callers.reviewer, {
    body: {
      id: 'qa-exc-challenge',
      signatoryId: trust,
      reviewerId: forum,
      raisedOn: '2026-02-01',
      text: 'Who did you ask?',
    },
  });
  const scores = (score: number) => [{ principleId: 'open-communication', score, narrative: '' }];
  await assessmentQueries.create(deps, callers.admin, {
    body: { id: 'qa-exc-self', signatoryId: trust, period: '2026-Q1', by: 'self', scores: scores(4) },
  });
  await assessmentQueries.create(deps, callers.reviewer, {
    body: {
      id: 'qa-exc-reviewer',
      signatoryId: trust,
      period: '2026-Q1',
      by: 'reviewer',
      reviewerId: forum,
      scores: scores(1),
    },
  });
});

afterAll(async () => {
  await store?.drop();
});

describe('partnershipExceptions', () => {
  it('lists the signatory with what is overdue, who was not heard, its gap and its award to renew', async () => {
    const answer = await partnershipExceptions(deps, callers.admin, {});
    expect(answer.asOf).toBe('2026-05-15');
    expect(answer.window).toEqual({ from: '2025-06-01', to: '2026-05-31' });
    const row = answer.exceptions.find((r) => r.signatoryId === trust);
    expect(row).toMatchObject({
      name: 'Exceptions Test Trust',
      charter: { status: 'awarded', awardedOn: '2025-06-20', expiresOn: '2026-06-20' },
      overdueLoops: { count: 1, oldestDays: 130 },
      overdueChallenges: { count: 1, oldestDays: 103 },
      gaps: [{ principleId: 'open-communication', self: 4, reviewer: 1 }],
    });
    expect(row!.underRepresented.map((g) => g.groupId)).toContain('send');
    // An overdue challenge keeps it from being eligible; the award to decide is its renewal.
    expect(row!.eligible).toBe(false);
    expect(answer.awards).toContainEqual(expect.objectContaining({ signatoryId: trust, reason: 'expiring' }));
    // Every signatory has a row; those with exceptions come most overdue first.
    expect(answer.signatories.length).toBe(13);
    const weights = answer.exceptions.map((r) => r.overdueLoops.count + r.overdueChallenges.count);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('agrees with the overdue digest and the signatory report on the demo signatories', async () => {
    const answer = await partnershipExceptions(deps, callers.commissioner, {});
    const total = answer.signatories.reduce((sum, r) => sum + r.overdueLoops.count, 0);
    const { overdueDigest } = await import('../loops/overdue-digest.ts');
    expect(total).toBe((await overdueDigest(store, demoToday)).totals.loops);
  });

  it('is read by those who read every exact figure, and refused to everyone else', async () => {
    await expect(partnershipExceptions(deps, callers.commissioner, {})).resolves.toHaveProperty('exceptions');
    await expect(problemOf(partnershipExceptions(deps, callers.councilEditor, {}))).resolves.toMatchObject({
      status: 403,
    });
    await expect(problemOf(partnershipExceptions(deps, callers.reviewer, {}))).resolves.toMatchObject({
      status: 403,
    });
    await expect(problemOf(partnershipExceptions(deps, callers.public, {}))).resolves.toMatchObject({ status: 401 });
  });
});

describe('awardsToDecide', () => {
  const row = (id: string, more: Partial<SignatoryExceptions>): SignatoryExceptions => ({
    signatoryId: id,
    name: id,
    sector: 'health',
    charter: { status: 'signed' },
    eligible: false,
    overdueLoops: { count: 0, oldestDays: null },
    overdueChallenges: { count: 0, oldestDays: null },
    underRepresented: [],
    gaps: [],
    ...more,
  });

  it('asks about the eligible without a standing award, and the awards expiring within 90 days', () => {
    const rows = [
      row('eligible', { eligible: true }),
      row('lapsed-eligible', {
        eligible: true,
        charter: { status: 'lapsed', awardedOn: '2025-01-01', expiresOn: '2026-01-01' },
      }),
      row('not-eligible', {}),
      row('held', { eligible: true, charter: { status: 'awarded', awardedOn: '2026-01-10', expiresOn: '2027-01-10' } }),
      row('expiring', { charter: { status: 'awarded', awardedOn: '2025-08-13', expiresOn: '2026-08-13' } }),
      row('day-after', { charter: { status: 'awarded', awardedOn: '2025-08-14', expiresOn: '2026-08-14' } }),
    ];
    expect(awardsToDecide(rows, '2026-05-15').map((a) => [a.signatoryId, a.reason])).toEqual([
      ['eligible', 'eligible'],
      ['lapsed-eligible', 'eligible'],
      ['expiring', 'expiring'],
    ]);
  });
});
