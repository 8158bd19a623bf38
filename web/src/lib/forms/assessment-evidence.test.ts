import { describe, expect, it } from 'vitest';
import type { Assessment } from '@equal-partners/shared';
import { chosenOf, priorScores, valuesFromQuery } from './assessment-evidence.ts';

const stored = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'u', updatedBy: 'u', version: 1 };

function assessment(
  id: string,
  period: string,
  by: 'self' | 'reviewer',
  scores: [string, number][],
  updatedAt = '2026-01-01T00:00:00.000Z',
): Assessment {
  return {
    id,
    signatoryId: 'school',
    period,
    by,
    ...(by === 'reviewer' ? { reviewerId: 'forum' } : {}),
    scores: scores.map(([principleId, score]) => ({ principleId, score, narrative: `${id} on ${principleId}` })),
    ...stored,
    updatedAt,
  } as Assessment;
}

describe('the scores beside an assessment’s ratings', () => {
  const assessments = [
    assessment('self-q1', '2026-Q1', 'self', [
      ['open', 2],
      ['embed', 3],
    ]),
    assessment('self-q2', '2026-Q2', 'self', [['open', 3]]),
    assessment('self-q3', '2026-Q3', 'self', [['open', 4]]),
    assessment('rev-q1', '2026-Q1', 'reviewer', [['open', 1]]),
    assessment('rev-q2', '2026-Q2', 'reviewer', [['open', 2]]),
  ];

  it('takes the latest self-assessment at or before the quarter, per principle', () => {
    const prior = priorScores(assessments, '2026-Q2', undefined);
    expect(prior.open?.self).toEqual({
      score: 3,
      narrative: 'self-q2 on open',
      period: '2026-Q2',
      reviewer: undefined,
    });
    // The Q2 self-assessment did not rate this principle: the Q1 one did.
    expect(prior.embed?.self).toMatchObject({ score: 3, period: '2026-Q1' });
  });

  it('takes the latest reviewer assessment of an earlier quarter, with the reviewer’s name', () => {
    const prior = priorScores(assessments, '2026-Q2', undefined, (id) => (id === 'forum' ? 'The Forum' : undefined));
    expect(prior.open?.previousReviewer).toEqual({
      score: 1,
      narrative: 'rev-q1 on open',
      period: '2026-Q1',
      reviewer: 'The Forum',
    });
    expect(prior.embed?.previousReviewer).toBeUndefined();
  });

  it('leaves out the assessment being changed, and breaks ties by the later change', () => {
    const again = assessment('self-q2-again', '2026-Q2', 'self', [['open', 1]], '2026-07-01T00:00:00.000Z');
    expect(priorScores([...assessments, again], '2026-Q2', undefined).open?.self?.score).toBe(1);
    expect(priorScores([...assessments, again], '2026-Q2', 'self-q2-again').open?.self?.score).toBe(3);
  });

  it('has nothing before the first assessment', () => {
    expect(priorScores(assessments, '2025-Q4', undefined)).toEqual({});
  });
});

describe('the form’s values in the query string', () => {
  it('takes the form’s own fields over the starting values and ignores any other', () => {
    const url = new URL(
      'http://x/manage/assessments/new?signatoryId=school&period=2026-Q2&scores.open.score=3&role=board-admin',
    );
    const values = valuesFromQuery(url, ['id', 'signatoryId', 'period', 'scores.open.score'], { id: 'a1' });
    expect(values).toEqual({ id: 'a1', signatoryId: 'school', period: '2026-Q2', 'scores.open.score': '3' });
    expect(chosenOf(values)).toEqual({ signatoryId: 'school', period: '2026-Q2' });
    expect(chosenOf({})).toEqual({ signatoryId: '', period: '' });
  });
});
