import { describe, expect, it } from 'vitest';
import { english } from '#lib/i18n/english.ts';
import { welsh } from '#lib/i18n/welsh.ts';
import { changeOf, changeText } from './change.ts';

const en = english;

describe('change against the previous period', () => {
  it('gives counts as a percentage change', () => {
    expect(changeOf(120, 100, 'count')).toEqual({ direction: 'up', amount: 20, unit: 'percent' });
    expect(changeText(en, changeOf(75, 100, 'count'))).toBe('down 25%');
  });

  it('gives shares in percentage points, not percentages of percentages', () => {
    expect(changeOf(0.6, 0.5, 'share')).toEqual({ direction: 'up', amount: 10, unit: 'points' });
    expect(changeText(en, changeOf(0.45, 0.5, 'share'))).toBe('down 5 points');
  });

  it('calls a rise from nothing new, and nothing to nothing no change', () => {
    expect(changeOf(7, 0, 'count')).toEqual({ direction: 'new' });
    expect(changeOf(0, 0, 'count')).toEqual({ direction: 'same' });
    expect(changeText(en, changeOf(0, 100, 'count'))).toBe('down 100%');
  });

  it('makes no comparison when either side is not published or not defined', () => {
    expect(changeOf('<10', 40, 'count')).toEqual({ direction: 'none' });
    expect(changeOf(0.5, 'suppressed', 'share')).toEqual({ direction: 'none' });
    expect(changeOf(null, 3, 'days')).toEqual({ direction: 'none' });
  });

  it('gives days as a whole difference in days, and small counts as a difference', () => {
    expect(changeText(en, changeOf(30, 42, 'days'))).toBe('down 12 days');
    expect(changeText(en, changeOf(5, 4, 'number'))).toBe('up 1');
  });

  it('says point, not points, for one', () => {
    expect(changeText(en, changeOf(0.34, 0.33, 'share'))).toBe('up 1 point');
  });

  it('speaks Welsh on Welsh pages', () => {
    expect(changeText(welsh, changeOf(0.6, 0.5, 'share'))).toBe('i fyny 10 pwynt canran');
  });
});
