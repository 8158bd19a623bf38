import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { cyTextCy } from './cy-text.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const cyTextKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('cyText.'));

describe('the Welsh text of the Welsh versions of records’ texts', () => {
  it('has every cyText message of the English catalogue, with the same placeholders, none left in English', () => {
    const welsh: Partial<Record<MessageKey, string>> = cyTextCy;
    expect(Object.keys(cyTextCy).sort()).toEqual([...cyTextKeys].sort());
    for (const key of cyTextKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(welsh[key], key).not.toBe(en[key]);
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });
});
