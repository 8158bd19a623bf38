import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  monthOfBound,
  monthsPeriod,
  parsePeriod,
  periodLength,
  previousPeriod,
  readPeriod,
  trailingMonths,
  type Period,
} from './periods.ts';

function parsed(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.message);
  return result.period;
}

describe('periods', () => {
  it('reads months, calendar and financial quarters and years', () => {
    expect(parsed('2026-05')).toMatchObject({
      kind: 'month',
      from: '2026-05',
      to: '2026-05',
      start: '2026-05-01',
      end: '2026-05-31',
      label: 'May 2026',
    });
    expect(parsed('2026-Q2')).toMatchObject({
      kind: 'quarter',
      from: '2026-04',
      to: '2026-06',
      end: '2026-06-30',
      label: 'Apr to Jun 2026',
    });
    expect(parsed('FY2026-Q1')).toMatchObject({
      kind: 'financial-quarter',
      from: '2026-04',
      to: '2026-06',
      label: '2026-27 Q1 (Apr to Jun 2026)',
    });
    expect(parsed('FY2026-Q4')).toMatchObject({ from: '2027-01', to: '2027-03', key: 'FY2026-Q4' });
    expect(parsed('2026')).toMatchObject({ kind: 'year', from: '2026-01', to: '2026-12' });
    expect(parsed('FY2025')).toMatchObject({
      kind: 'financial-year',
      from: '2025-04',
      to: '2026-03',
      end: '2026-03-31',
    });
    expect(parsed('2025-11..2026-02')).toMatchObject({
      kind: 'months',
      from: '2025-11',
      to: '2026-02',
      label: 'Nov 2025 to Feb 2026',
    });
  });

  it('rejects what it cannot read, saying what it expects', () => {
    const result = parsePeriod('2026-Q5');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/quarter \(2026-Q2\)/);
    expect(monthsPeriod('2026-05', '2026-01')).toEqual({
      ok: false,
      message: 'The period cannot end before it starts',
      rule: 'periodEndsBeforeStart',
    });
  });

  it('reads the same periods without the reasons, for pages that only need the period', () => {
    for (const text of ['2026-05', '2026-Q2', 'FY2026-Q1', '2026', 'FY2026', '2025-06..2026-05', ' 2026 ']) {
      expect(readPeriod(text)).toEqual(parsed(text));
    }
    for (const text of ['2026-Q5', '2026-13', '2026-05..2026-01', '2000-01..2026-01', 'soon']) {
      expect(parsePeriod(text).ok).toBe(false);
      expect(readPeriod(text)).toBeUndefined();
    }
  });

  it('takes a custom period’s bounds as months, or days that start or end a month, and no other day', () => {
    expect(monthOfBound('2026-04', 'from')).toEqual({ ok: true, month: '2026-04' });
    expect(monthOfBound('2026-04-01', 'from')).toEqual({ ok: true, month: '2026-04' });
    expect(monthOfBound('2026-02-28', 'to')).toEqual({ ok: true, month: '2026-02' });
    expect(monthOfBound('2028-02-29', 'to')).toEqual({ ok: true, month: '2028-02' });
    expect(monthOfBound('2026-04-10', 'from')).toEqual({
      ok: false,
      dayInMonth: true,
      month: '2026-04',
      message:
        'Custom periods are whole months: 2026-04-10 is not the first day of a month. Ask for from=2026-04 to start with all of Apr 2026.',
      rule: 'dayNotFirstOfMonth',
      values: { day: '2026-04-10', month: '2026-04', monthName: 'Apr 2026' },
    });
    expect(monthOfBound('2026-05-20', 'to')).toMatchObject({ ok: false, dayInMonth: true, month: '2026-05' });
    expect(monthOfBound('2026-04-30', 'from')).toMatchObject({ ok: false, dayInMonth: true });
    expect(monthOfBound('2026-04-01', 'to')).toMatchObject({ ok: false, dayInMonth: true });
    for (const nonsense of ['2026-02-30', '2026-13', '2026-04-00', 'April', '2026-4-1']) {
      expect(monthOfBound(nonsense, 'from'), nonsense).toEqual({
        ok: false,
        dayInMonth: false,
        message: 'Enter a month as YYYY-MM',
        rule: 'monthFormat',
      });
    }
  });

  it('compares with the previous period of the same kind', () => {
    expect(previousPeriod(parsed('2026-01')).key).toBe('2025-12');
    expect(previousPeriod(parsed('2026-Q1')).key).toBe('2025-Q4');
    expect(previousPeriod(parsed('FY2026-Q1')).key).toBe('FY2025-Q4');
    expect(previousPeriod(parsed('FY2026-Q1'))).toMatchObject({ from: '2026-01', to: '2026-03' });
    expect(previousPeriod(parsed('2026')).key).toBe('2025');
    expect(previousPeriod(parsed('2025-11..2026-02'))).toMatchObject({ from: '2025-07', to: '2025-10' });
    expect(trailingMonths('2026-05', 12)).toMatchObject({ from: '2025-06', to: '2026-05' });
  });

  it('makes the previous period as long as the period and end the month before it starts', () => {
    const anyPeriod = fc.oneof(
      fc
        .tuple(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `FY${y}-Q${q}`),
      fc.integer({ min: 2000, max: 2090 }).map(String),
      fc.integer({ min: 2000, max: 2090 }).map((y) => `FY${y}`),
    );
    fc.assert(
      fc.property(anyPeriod, (text) => {
        const period = parsed(text);
        const previous = previousPeriod(period);
        expect(periodLength(previous)).toBe(periodLength(period));
        expect(previous.kind).toBe(period.kind);
        expect(parsed(previous.key)).toEqual(previous);
        expect(previous.end < period.start).toBe(true);
      }),
    );
  });
});
