import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { sheetCy } from './sheet.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sheetKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('sheet.'));

describe('the Welsh text of the spreadsheets', () => {
  it('has every sheet message of the English catalogue, with the same placeholders', () => {
    expect(sheetKeys.length).toBeGreaterThan(100);
    const welsh: Partial<Record<MessageKey, string>> = sheetCy;
    for (const key of sheetKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(sheetCy).sort()).toEqual([...sheetKeys].sort());
    for (const [key, text] of Object.entries(sheetCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });

  it('gives every column a heading no other column of its sheet has, in either language', () => {
    for (const kind of ['activities', 'loops']) {
      const keys = sheetKeys.filter((key) => key.startsWith(`sheet.heading.${kind}.`));
      const headings = keys.flatMap((key) =>
        [en[key], sheetCy[key as keyof typeof sheetCy]].map((h) => h.toLowerCase()),
      );
      // A column's English and Welsh may be the same word; no two columns may share one.
      const byColumn = keys.map(
        (key) => new Set([en[key].toLowerCase(), sheetCy[key as keyof typeof sheetCy].toLowerCase()]),
      );
      expect(new Set(headings).size).toBe(byColumn.reduce((n, set) => n + set.size, 0));
    }
  });
});
