import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { awardsCy } from './awards.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const awardKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('awards.'));

describe('the Welsh text of the award form and status history', () => {
  it('has every work message of the English catalogue, with the same placeholders', () => {
    expect(awardKeys.length).toBeGreaterThan(40);
    const welsh: Partial<Record<MessageKey, string>> = awardsCy;
    for (const key of awardKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(awardsCy).sort()).toEqual([...awardKeys].sort());
    for (const [key, text] of Object.entries(awardsCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
