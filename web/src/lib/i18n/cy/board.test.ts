import { describe, expect, it } from 'vitest';
import { boardEn } from '../board.en.ts';
import { boardCy } from './board.ts';

/** Words written the same in Welsh and English. */
const sameInBoth = new Set(['Sector']);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const english: Record<string, string> = boardEn;

describe('the Welsh text of the board’s pages', () => {
  it('has every message of board.en.ts, and no other', () => {
    expect(Object.keys(boardCy).sort()).toEqual(Object.keys(boardEn).sort());
  });

  it('has Welsh for each message, with the same placeholders as the English', () => {
    for (const [key, text] of Object.entries(boardCy)) {
      expect(text.trim(), key).not.toBe('');
      if (!sameInBoth.has(text)) expect(text, key).not.toBe(english[key]);
      expect(placeholders(text), key).toEqual(placeholders(english[key] ?? ''));
    }
  });
});
