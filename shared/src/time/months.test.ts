import { describe, expect, it } from 'vitest';
import { addMonths, fillMonthlySeries, monthOf, monthRange } from './months.ts';

describe('month arithmetic', () => {
  it('takes the month of a date', () => {
    expect(monthOf('2026-03-31')).toBe('2026-03');
  });

  it('adds and subtracts months across year ends', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', -24)).toBe('2024-05');
  });

  it('lists a range with both ends included', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
  });

  it('fills months without data with zero', () => {
    const series = fillMonthlySeries(new Map([['2026-01', 3]]), '2025-12', '2026-02');
    expect(series).toEqual([
      { month: '2025-12', value: 0 },
      { month: '2026-01', value: 3 },
      { month: '2026-02', value: 0 },
    ]);
  });
});
