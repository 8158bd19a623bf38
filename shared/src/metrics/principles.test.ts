import { describe, expect, it } from 'vitest';
import { exampleActivities, exampleAssessments, exampleLoops, examplePrinciples } from '../testing/worked-example.ts';
import { tallyActivities } from './activity-totals.ts';
import { tallyLoops } from './loop-totals.ts';
import { latestScores, meanScores, principleEvidence, principles, quarterStart, rag } from './principles.ts';

describe('principle evidence', () => {
  it('adds activities and closed loops tagged with each principle', () => {
    // p-one: two activities and one closed loop; p-two: one activity (its loop is still open);
    // p-three: one closed loop; p-four: nothing
    expect(principleEvidence(tallyActivities(exampleActivities), tallyLoops(exampleLoops))).toEqual({
      'p-one': 3,
      'p-two': 1,
      'p-three': 1,
    });
  });
});

describe('latest scores', () => {
  it('takes the latest quarter that started on or before the date asked about', () => {
    expect(latestScores(exampleAssessments, '2026-03-31')).toEqual({
      'p-one': { self: 3, reviewer: 3 },
      'p-two': { self: 4, reviewer: 1 },
      'p-three': { self: 2, reviewer: null },
      'p-four': { self: 4, reviewer: null },
    });
    // the Q2 self-assessment counts from 1 April
    expect(latestScores(exampleAssessments, '2026-04-15')['p-three']).toEqual({ self: 4, reviewer: null });
    expect(latestScores(exampleAssessments, '2025-12-31')).toEqual({ 'p-one': { self: 1, reviewer: null } });
  });

  it('breaks a tie within a quarter by the most recent update, whatever the order given', () => {
    const a = {
      id: 'a',
      period: '2026-Q1',
      by: 'self' as const,
      updatedAt: '2026-03-01T00:00:00Z',
      scores: [{ principleId: 'p-one', score: 2, narrative: '' }],
    };
    const b = {
      ...a,
      id: 'b',
      updatedAt: '2026-03-05T00:00:00Z',
      scores: [{ principleId: 'p-one', score: 4, narrative: '' }],
    };
    expect(latestScores([a, b], '2026-06-30')['p-one']?.self).toBe(4);
    expect(latestScores([b, a], '2026-06-30')['p-one']?.self).toBe(4);
  });

  it('averages organisations for the partnership as a whole', () => {
    expect(meanScores([{ x: { self: 4, reviewer: 2 } }, { x: { self: 2, reviewer: null } }])).toEqual({
      x: { self: 3, reviewer: 2 },
    });
  });

  it('knows when each quarter starts', () => {
    expect(quarterStart('2026-Q1')).toBe('2026-01-01');
    expect(quarterStart('2026-Q4')).toBe('2026-10-01');
  });
});

describe('RAG rating', () => {
  it('is red without evidence or when the reviewer scores 1', () => {
    expect(rag(0, 4, 4)).toBe('red');
    expect(rag(5, 4, 1)).toBe('red');
  });

  it('is green with evidence, self at least 3 and no reviewer below 3', () => {
    expect(rag(1, 3, null)).toBe('green');
    expect(rag(1, 3, 3)).toBe('green');
  });

  it('is amber otherwise', () => {
    expect(rag(1, 2, null)).toBe('amber');
    expect(rag(1, 4, 2)).toBe('amber');
    expect(rag(1, null, null)).toBe('amber');
  });
});

describe('principles (worked example at the end of Q1 2026)', () => {
  const result = principles(
    examplePrinciples,
    principleEvidence(tallyActivities(exampleActivities), tallyLoops(exampleLoops)),
    latestScores(exampleAssessments, '2026-03-31'),
  );
  const item = (id: string) => result.items.find((p) => p.principleId === id)!;

  it('rates each principle and shows the gap between self and reviewer', () => {
    expect(item('p-one')).toMatchObject({ evidence: 3, self: 3, reviewer: 3, rag: 'green', accountabilityGap: 0 });
    expect(item('p-two')).toMatchObject({ rag: 'red', accountabilityGap: 3, gapFlagged: true });
    expect(item('p-three')).toMatchObject({ evidence: 1, self: 2, rag: 'amber', accountabilityGap: null });
    expect(item('p-four')).toMatchObject({ evidence: 0, rag: 'red', gapFlagged: false });
  });

  it('gives the share of green principles', () => {
    expect(result.principlesGreen).toBe(0.25);
  });
});
