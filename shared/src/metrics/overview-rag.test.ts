import { describe, expect, it } from 'vitest';
import { metricCatalogue } from './metric-catalogue.ts';
import { closureRag, inclusionRag, overdueRag, overviewRag, principlesRag, reachRag } from './overview-rag.ts';

describe('overview RAG ratings', () => {
  it('rates reach red with no activities and amber when participations fell by more than a quarter', () => {
    expect(reachRag(0, 0, 100)).toBe('red');
    expect(reachRag(4, 74, 100)).toBe('amber');
    expect(reachRag(4, 75, 100)).toBe('green');
    expect(reachRag(4, 10, 0)).toBe('green');
    expect(reachRag(null, null, null)).toBeNull();
  });

  it('rates inclusion on the score, never green when the figures are unreliable', () => {
    expect(inclusionRag(85, true)).toBe('green');
    expect(inclusionRag(85, false)).toBe('amber');
    expect(inclusionRag(79.9, true)).toBe('amber');
    expect(inclusionRag(59, true)).toBe('red');
    expect(inclusionRag(null, true)).toBeNull();
  });

  it('rates closure against the award’s 0.7', () => {
    expect(closureRag(0.7)).toBe('green');
    expect(closureRag(0.5)).toBe('amber');
    expect(closureRag(0.49)).toBe('red');
    expect(closureRag(null)).toBeNull();
  });

  it('gives no closure rating when the rate rests on too few loops', () => {
    expect(closureRag(0.5, { few: true })).toBeNull();
    expect(closureRag(1, { few: true })).toBeNull();
    expect(closureRag(0.5, { few: false })).toBe('amber');
  });

  it('rates overdue loops: none green, a few amber, more red', () => {
    expect(overdueRag(0)).toBe('green');
    expect(overdueRag(3)).toBe('amber');
    expect(overdueRag(4)).toBe('red');
  });

  it('rates the share of principles on track', () => {
    expect(principlesRag(0.75)).toBe('green');
    expect(principlesRag(0.5)).toBe('amber');
    expect(principlesRag(0.25)).toBe('red');
  });
});

describe('a row’s rating, by the catalogue’s metric', () => {
  const settings = { minRecordedShare: 0.5, minRateBase: 5 };

  it('reads each rule’s figures from the row and the previous period’s row', () => {
    expect(
      overviewRag('participations', { activities: 4, participations: 74 }, { participations: 100 }, settings),
    ).toBe('amber');
    expect(overviewRag('participations', { activities: 0, participations: 0 }, undefined, settings)).toBe('red');
    expect(overviewRag('inclusionScore', { inclusionScore: 85, recordedShare: 0.4 }, undefined, settings)).toBe(
      'amber',
    );
    expect(overviewRag('inclusionScore', { inclusionScore: 85, recordedShare: 0.5 }, undefined, settings)).toBe(
      'green',
    );
    expect(
      overviewRag('inclusionScore', { inclusionScore: 'suppressed', recordedShare: 0.5 }, undefined, settings),
    ).toBe(null);
    expect(overviewRag('closureRate', { closureRate: 0.5, loopsRaised: 2 }, undefined, settings)).toBeNull();
    expect(overviewRag('closureRate', { closureRate: 0.5, loopsRaised: 6 }, undefined, settings)).toBe('amber');
    expect(overviewRag('overdueLoops', { overdueLoops: 4 }, undefined, settings)).toBe('red');
    expect(overviewRag('principlesGreen', { principlesGreen: 0.8 }, undefined, settings)).toBe('green');
  });

  it('never rates a figure worse for moving the way the catalogue calls better', () => {
    const rank = { red: 0, amber: 1, green: 2 } as const;
    const steps = (from: number, to: number) => Array.from({ length: 41 }, (_, i) => from + ((to - from) * i) / 40);
    const ranges = { participations: [0, 200], inclusionScore: [0, 100], overdueLoops: [0, 10] } as Record<
      string,
      [number, number]
    >;
    for (const metric of metricCatalogue.filter((m) => m.rated)) {
      const [low, high] = ranges[metric.id] ?? [0, 1];
      const values = metric.change.better === 'higher' ? steps(low, high) : steps(high, low);
      const ranks = values.map((value) => {
        const row = { activities: 3, recordedShare: 1, loopsRaised: 10, [metric.id]: value };
        return rank[overviewRag(metric.id, row, { participations: 100 }, settings)!];
      });
      expect(ranks, metric.id).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size, metric.id).toBeGreaterThan(1);
    }
  });
});
