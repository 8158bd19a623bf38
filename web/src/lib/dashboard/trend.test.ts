import { describe, expect, it } from 'vitest';
import { english } from '#lib/i18n/english.ts';
import { welsh } from '#lib/i18n/welsh.ts';
import { drawnValue, trendOf, trendPoints } from './trend.ts';

const en = english;
const whole = (v: number) => en.number(v);
const percent = (v: number) => en.percent(v);

describe('a trend with a last month not over yet', () => {
  const points = [
    { value: 12, partial: false },
    { value: 30, partial: false },
    { value: 20, partial: false },
    { value: 3, partial: true },
  ];

  it('leaves the month not over yet out of lowest, highest and latest, and says so', () => {
    expect(trendOf(en, points, whole).label).toBe(
      'Trend over 3 months: lowest 12, highest 30, latest 20. The month not over yet is left out.',
    );
  });

  it('still draws the month not over yet, marked as the partial last point', () => {
    const trend = trendOf(en, points, whole);
    expect(trend.values).toEqual([12, 30, 20, 3]);
    expect(trend.partialLast).toBe(true);
  });

  it('never draws a month not over yet with nothing in it so far as a fall to zero', () => {
    const trend = trendOf(en, [...points.slice(0, 3), { value: 0, partial: true }], whole);
    expect(trend.values).toEqual([12, 30, 20, null]);
    expect(trend.label).toContain('latest 20');
    expect(drawnValue(0, false)).toBe(0);
  });

  it('speaks of quarters for a quarterly series, in English and Welsh', () => {
    expect(trendOf(en, points, whole, 'quarter').label).toBe(
      'Trend over 3 quarters: lowest 12, highest 30, latest 20. The quarter not over yet is left out.',
    );
    expect(trendOf(welsh, points, (v) => welsh.number(v), 'quarter').label).toBe(
      'Tuedd dros 3 chwarter: isaf 12, uchaf 30, diweddaraf 20. Mae’r chwarter sydd heb ddod i ben eto wedi’i adael allan.',
    );
  });

  it('says nothing of a month not over yet when every month is over', () => {
    const trend = trendOf(en, points.slice(0, 3), whole);
    expect(trend.label).toBe('Trend over 3 months: lowest 12, highest 30, latest 20.');
    expect(trend.partialLast).toBe(false);
  });

  it('has no words when nothing is published', () => {
    expect(trendOf(en, [{ value: '<10', partial: false }], whole).label).toBe('');
  });
});

describe('a rate’s trend', () => {
  const series = [
    { month: '2026-01', partial: false, closureRate: 0.6, loopsRaised: 10 },
    { month: '2026-02', partial: false, closureRate: 0.8, loopsRaised: 12 },
    { month: '2026-03', partial: false, closureRate: 0, loopsRaised: 2 },
    { month: '2026-04', partial: true, closureRate: 0, loopsRaised: 6 },
  ];

  it('leaves out months resting on too few cases, from the line and the words', () => {
    const trend = trendOf(
      en,
      trendPoints(series, (p) => p.closureRate, { name: 'closureRate', minRateBase: 5 }),
      percent,
    );
    expect(trend.values).toEqual([0.6, 0.8, null, null]);
    expect(trend.label).toBe(
      'Trend over 3 months: lowest 60%, highest 80%, latest 80%. Months with too few cases to compare are left out. The month not over yet is left out.',
    );
  });

  it('keeps every month of a figure that is not a rate', () => {
    const trend = trendOf(
      en,
      trendPoints(series, (p) => p.loopsRaised),
      whole,
    );
    expect(trend.values).toEqual([10, 12, 2, 6]);
    expect(trend.label).toContain('lowest 2, highest 12, latest 2');
  });
});
