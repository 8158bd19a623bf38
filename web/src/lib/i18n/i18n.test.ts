import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, t } from './index.ts';

describe('i18n', () => {
  it('fills placeholders', () => {
    expect(t('home.lead', { count: 12 })).toMatch(/^12 organisations/);
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(t('home.lead')).toContain('{count}');
  });

  it('formats months and dates in British English', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatDate('2026-03-02')).toBe('2 March 2026');
  });
});
