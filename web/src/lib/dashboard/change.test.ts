import { describe, expect, it } from 'vitest';
import { english } from '#lib/i18n/english.ts';
import { welsh } from '#lib/i18n/welsh.ts';
import { changeOf, changeText, rateChangeOf } from './change.ts';

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

  it('gives a rate on too few cases in either period no change in points: too few to compare', () => {
    // 2 of 2 loops against 1 of 3: "up 67 points" would trumpet two loops.
    expect(rateChangeOf(1, 1 / 3, { now: true, before: false })).toEqual({ direction: 'few' });
    expect(rateChangeOf(0.9, 0.5, { now: false, before: true })).toEqual({ direction: 'few' });
    expect(changeText(en, rateChangeOf(1, 1 / 3, { now: true, before: true }))).toBe('too few to compare');
    expect(changeText(welsh, rateChangeOf(1, 0.5, { now: true, before: false }))).toBe('rhy ychydig i gymharu');
  });

  it('compares a rate on enough cases in points, and makes no comparison when a side is not defined', () => {
    expect(changeText(en, rateChangeOf(0.8, 0.6, { now: false, before: false }))).toBe('up 20 points');
    expect(rateChangeOf(null, 0.5, { now: false, before: true })).toEqual({ direction: 'none' });
  });
});
