import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loopArb } from '../testing/arbitraries.ts';
import { exampleAssessments, exampleLoops } from '../testing/worked-example.ts';
import { overdueLoopsAt } from '../metrics/impact.ts';
import { latestScores } from '../metrics/principles.ts';
import { addDays, lastDayOf } from '../time/days.ts';
import { addMonths } from '../time/months.ts';
import { computeStanding, notCommunicatedFromStanding, overdueFromStanding } from './standing.ts';

describe('standing', () => {
  const standing = computeStanding(exampleLoops, exampleAssessments, { asOf: '2026-05-10', loopDueDays: 90 });

  it('counts overdue loops at past month ends and from its day on', () => {
    // the loop raised on 1 Feb is overdue from 3 May; the one closed on 1 Mar never was
    expect(overdueFromStanding(standing, '2026-04-30', 90)).toBe(0);
    expect(overdueFromStanding(standing, '2026-05-10', 90)).toBe(1);
    expect(overdueFromStanding(standing, '2027-01-01', 90)).toBe(1);
  });

  it('cannot answer for other loop due days or for a past day that is not a month end', () => {
    expect(overdueFromStanding(standing, '2026-06-01', 30)).toBeUndefined();
    expect(overdueFromStanding(standing, '2026-04-15', 90)).toBeUndefined();
  });

  it('keeps the assessments for the latest scores, without narratives', () => {
    expect(latestScores(standing.assessments, '2026-03-31')).toEqual(latestScores(exampleAssessments, '2026-03-31'));
    expect(standing.assessments.every((a) => a.scores.every((s) => s.narrative === ''))).toBe(true);
  });

  it('agrees with counting the loops themselves, at month ends before its day and any day after', () => {
    fc.assert(
      fc.property(
        fc.array(loopArb(['sig-a'], '2024-06-01', 700), { maxLength: 30 }),
        fc.integer({ min: 0, max: 700 }).map((d) => addDays('2024-06-01', d)),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: -30, max: 400 }),
        (loops, asOf, due, offset) => {
          const s = computeStanding(loops, [], { asOf, loopDueDays: due });
          const later = addDays(asOf, Math.abs(offset));
          expect(overdueFromStanding(s, later, due)).toBe(overdueLoopsAt(loops, later, due));
          const monthEnd = lastDayOf(addMonths(asOf.slice(0, 7), -1 - (Math.abs(offset) % 20)));
          expect(overdueFromStanding(s, monthEnd, due)).toBe(overdueLoopsAt(loops, monthEnd, due));
        },
      ),
    );
  });

  it('counts the loops not communicated back raised by a day, and the oldest, as listing the loops finds them', () => {
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(loopArb(['sig-a'], '2024-06-01', 700), { maxLength: 30 }),
        fc.integer({ min: 0, max: 700 }).map((d) => addDays('2024-06-01', d)),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: -400, max: 400 }),
        (loops, asOf, due, offset) => {
          const s = computeStanding(loops, [], { asOf, loopDueDays: due });
          const lastRaised = addDays(asOf, offset);
          const listed = loops.filter((l) => l.communicatedOn === undefined && l.raisedOn <= lastRaised);
          const answer = notCommunicatedFromStanding(s, lastRaised);
          if (answer === undefined) {
            refused += 1;
            // It refuses only when some loop it counts as raised before `openFrom` could be later than `lastRaised`.
            expect(s.openBefore).toBeGreaterThan(0);
            expect(addDays(s.openFrom, -1) > lastRaised).toBe(true);
            return;
          }
          answered += 1;
          expect(answer.count).toBe(listed.length);
          expect(answer.oldestRaisedOn).toBe(listed.length === 0 ? null : listed.map((l) => l.raisedOn).sort()[0]);
        },
      ),
      { numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('cannot count loops not communicated back from a standing kept before it held the oldest open loop', () => {
    const { oldestOpen: _, ...kept } = standing;
    expect(notCommunicatedFromStanding(kept, '2026-05-10')).toBeUndefined();
    expect(notCommunicatedFromStanding(standing, '2026-02-10')).toEqual({ count: 1, oldestRaisedOn: '2026-02-01' });
  });
});
