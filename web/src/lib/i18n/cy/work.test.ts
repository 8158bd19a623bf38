import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { workCy } from './work.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const workKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('work.'));

describe('the Welsh text of the "Your work" page', () => {
  it('has every work message of the English catalogue, with the same placeholders', () => {
    expect(workKeys.length).toBeGreaterThan(60);
    const welsh: Partial<Record<MessageKey, string>> = workCy;
    for (const key of workKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(workCy).sort()).toEqual([...workKeys].sort());
    for (const [key, text] of Object.entries(workCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
