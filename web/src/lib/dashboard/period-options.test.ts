import { describe, expect, it } from 'vitest';
import { english } from '#lib/i18n/english.ts';
import { welsh } from '#lib/i18n/welsh.ts';
import { chosenPeriod, periodOptions } from './period-options.ts';

describe('period options', () => {
  const groups = periodOptions(english, '2026-11');
  const values = (label: string) => groups.find((g) => g.label === label)!.options.map((o) => o.value);

  it('starts with the last 12 months as the default', () => {
    expect(groups[0]!.options).toEqual([{ value: '', label: 'Last 12 months' }]);
  });

  it('offers financial years and quarters running April to March', () => {
    expect(values('Financial years')).toEqual(['FY2026', 'FY2025']);
    expect(values('Financial quarters')).toEqual(['FY2026-Q3', 'FY2026-Q2', 'FY2026-Q1', 'FY2025-Q4']);
    const quarter = groups.find((g) => g.label === 'Financial quarters')!.options[0]!;
    expect(quarter.label).toBe('Oct 2026 to Dec 2026');
  });

  it('labels a financial year by the two calendar years it spans', () => {
    expect(groups[1]!.options[0]!.label).toBe('Financial year 2026 to 2027');
  });

  it('offers calendar years and the last three months', () => {
    expect(values('Calendar years')).toEqual(['2026', '2025']);
    expect(values('Months')).toEqual(['2026-11', '2026-10', '2026-09']);
  });

  it('names months in Welsh on Welsh pages', () => {
    const cy = periodOptions(welsh, '2026-11');
    expect(cy.at(-1)!.options[0]!.label).toBe('Tachwedd 2026');
  });

  it('falls back to the default for a period the API cannot read', () => {
    expect(chosenPeriod('2026-Q5')).toBe('');
    expect(chosenPeriod('FY2026-Q1')).toBe('FY2026-Q1');
    expect(chosenPeriod(null)).toBe('');
  });
});
