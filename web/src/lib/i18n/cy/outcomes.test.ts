import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { outcomesCy } from './outcomes.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const outcomeKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('outcomes.'));

describe('the Welsh text of the outcomes pages', () => {
  it('has every outcomes message of the English catalogue, with the same placeholders', () => {
    expect(outcomeKeys.length).toBeGreaterThan(40);
    const welsh: Partial<Record<MessageKey, string>> = outcomesCy;
    for (const key of outcomeKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(outcomesCy).sort()).toEqual([...outcomeKeys].sort());
    for (const [key, text] of Object.entries(outcomesCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
