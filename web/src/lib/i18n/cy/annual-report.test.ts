import { describe, expect, it } from 'vitest';
import { annualReportEn } from '../annual-report.en.ts';
import { annualReportCy } from './annual-report.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
type Key = keyof typeof annualReportEn;

describe('the Welsh text of the annual involvement report', () => {
  it('has every message of the English, in Welsh, with the same placeholders', () => {
    const keys = Object.keys(annualReportEn) as Key[];
    expect(Object.keys(annualReportCy).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(annualReportCy[key], key).not.toBe(annualReportEn[key]);
      expect(placeholders(annualReportCy[key]), key).toEqual(placeholders(annualReportEn[key]));
    }
  });
});
