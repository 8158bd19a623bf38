import { describe, expect, it } from 'vitest';
import { closureRag, inclusionRag, overdueRag, principlesRag, reachRag } from './overview-rag.ts';

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
