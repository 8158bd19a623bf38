import { describe, expect, it } from 'vitest';
import { english } from '#lib/i18n/english.ts';
import { welsh } from '#lib/i18n/welsh.ts';
import { baseText, rateShown, shareInWords } from './rates.ts';

const en = english;

describe('a rate on too few cases', () => {
  it('shows its value with its base in words, and too few to compare in place of points', () => {
    // The demo's "Answers that changed something 100%, up 67 points" on 2 loops answered.
    const shown = rateShown(
      en,
      'changeRate',
      { value: 1, counts: { loopsClosed: 2 } },
      { value: 1 / 3, counts: { loopsClosed: 3 } },
      5,
    );
    expect(shown).toEqual({
      value: '100%',
      change: 'too few to compare',
      base: 'based on 2 points answered',
      few: true,
    });
  });

  it('is not compared in points when only the previous period rested on too few cases', () => {
    const shown = rateShown(
      en,
      'closureRate',
      { value: 0.6, counts: { loopsRaised: 20 } },
      { value: 0.25, counts: { loopsRaised: 4 } },
      5,
    );
    expect(shown.change).toBe('too few to compare');
    expect(shown.base).toBeUndefined();
    expect(shown.few).toBe(false);
  });

  it('follows the partnership’s minRateBase', () => {
    const now = { value: 0.5, counts: { activities: 8 } };
    const before = { value: 0.25, counts: { activities: 8 } };
    expect(rateShown(en, 'adjustmentRate', now, before, 5).change).toBe('up 25 points');
    expect(rateShown(en, 'adjustmentRate', now, before, 10)).toMatchObject({
      change: 'too few to compare',
      base: 'based on 8 activities',
    });
  });

  it('is a rate on enough cases shown as before: a value and a change in points, no base', () => {
    const shown = rateShown(
      en,
      'feltListened',
      { value: 0.8, counts: { experienceResponses: 40 } },
      { value: 0.7, counts: { experienceResponses: 35 } },
      5,
    );
    expect(shown).toEqual({ value: '80%', change: 'up 10 points', base: undefined, few: false });
  });

  it('keeps a share that is not published as not shown, with no base to give', () => {
    const shown = rateShown(
      en,
      'feltListened',
      { value: 'suppressed', counts: { experienceResponses: '<10' } },
      undefined,
      5,
    );
    expect(shown).toEqual({ value: 'not shown', change: 'no comparison', base: undefined, few: false });
  });

  it('puts the base in a sentence’s share', () => {
    const outreach = { value: 0.5, counts: { inPersonActivities: 2 } };
    expect(shareInWords(en, 'outreachShare', outreach, 5)).toBe('50% (based on 2 activities held in person)');
    expect(shareInWords(en, 'outreachShare', { ...outreach, counts: { inPersonActivities: 6 } }, 5)).toBe('50%');
  });
});

describe('a rate’s base in words', () => {
  it('says one in the singular and more in the plural', () => {
    expect(baseText(en, 'loopsRaised', 1)).toBe('based on 1 point raised');
    expect(baseText(en, 'loopsRaised', 3)).toBe('based on 3 points raised');
    expect(baseText(en, 'activities', 1)).toBe('based on 1 activity');
    expect(baseText(en, 'experienceResponses', 4)).toBe('based on 4 answers');
  });

  it('takes a singular noun after a Welsh numeral', () => {
    expect(baseText(welsh, 'loopsRaised', 3)).toBe('yn seiliedig ar 3 pwynt a godwyd');
    expect(baseText(welsh, 'activities', 1)).toBe('yn seiliedig ar 1 gweithgaredd');
    expect(baseText(welsh, 'experienceResponses', 4)).toBe('yn seiliedig ar 4 ateb');
  });
});
