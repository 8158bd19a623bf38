import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { evidenceCy } from './evidence.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const evidenceKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('evidence.'));

describe('the Welsh text of the evidence beside the assessment form', () => {
  it('has every evidence message of the English catalogue, with the same placeholders', () => {
    expect(evidenceKeys.length).toBeGreaterThan(20);
    const welsh: Partial<Record<MessageKey, string>> = evidenceCy;
    for (const key of evidenceKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(evidenceCy).sort()).toEqual([...evidenceKeys].sort());
    for (const [key, text] of Object.entries(evidenceCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
