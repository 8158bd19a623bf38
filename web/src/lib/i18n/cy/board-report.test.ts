import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { boardReportCy } from './board-report.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const reportKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('boardReport.'));

describe('the Welsh text of the board report', () => {
  it('has every board report message of the English catalogue, with the same placeholders', () => {
    expect(reportKeys.length).toBeGreaterThan(70);
    const welsh: Partial<Record<MessageKey, string>> = boardReportCy;
    for (const key of reportKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(boardReportCy).sort()).toEqual([...reportKeys].sort());
    for (const [key, text] of Object.entries(boardReportCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
