import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatList,
  formatMonth,
  formatNumber,
  formatQuarter,
  translate,
  translatePlural,
} from './index.ts';

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);
const plural = (key: Parameters<typeof translatePlural>[1], n: number) => translatePlural('en', key, n);

describe('i18n', () => {
  it('fills placeholders', () => {
    expect(t('charter.principle', { n: 3 })).toBe('Principle 3');
  });

  it('says "1 activity" and "2 activities"', () => {
    expect(plural('home.lead', 1)).toMatch(/^1 organisation has signed/);
    expect(plural('home.lead', 12)).toMatch(/^12 organisations have signed/);
    expect(plural('count.activities', 1)).toBe('1 activity');
    expect(plural('count.activities', 1234)).toBe('1,234 activities');
    expect(
      t('activities.caption', { activities: plural('count.activities', 1), months: plural('count.months', 3) }),
    ).toBe('1 activity, the last 3 months, newest first');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(t('charter.principle')).toContain('{n}');
  });

  it('formats months and dates in British English', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatDate('2026-03-02')).toBe('2 March 2026');
  });

  it('formats months, dates, quarters, numbers and lists in the page’s language', () => {
    expect(formatMonth('2026-03', 'cy')).toBe('Maw 2026');
    expect(formatDate('2026-08-05', 'cy')).toBe('5 Awst 2026');
    expect(formatQuarter('2026-Q2')).toBe('April to June 2026');
    expect(formatQuarter('2026-Q2', 'cy')).toBe('Ebrill – Mehefin 2026');
    expect(formatNumber(12345, 'cy')).toBe('12,345');
    expect(formatList(['Respect', 'Trust', 'Openness'])).toBe('Respect, Trust and Openness');
  });

  it('speaks Welsh for every message of the app pages', () => {
    expect(translate('cy', 'manage.title')).toBe('Eich cofnodion');
    expect(translate('cy', 'account.signIn')).toBe('Mewngofnodi');
    expect(translate('cy', 'charter.principle', { n: 3 })).not.toBe(translate('en', 'charter.principle', { n: 3 }));
  });

  it('counts in Welsh with its six plural forms', () => {
    expect(translatePlural('cy', 'count.activities', 0)).toBe('0 o weithgareddau');
    expect(translatePlural('cy', 'count.activities', 1)).toBe('1 gweithgaredd');
    expect(translatePlural('cy', 'count.activities', 3)).toBe('3 gweithgaredd');
    expect(translatePlural('cy', 'count.activities', 12)).toBe('12 o weithgareddau');
    expect(translatePlural('cy', 'count.months', 12)).toBe('12 mis');
  });
});
