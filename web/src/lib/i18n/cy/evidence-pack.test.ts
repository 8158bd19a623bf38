import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { evidencePackCy } from './evidence-pack.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const packKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('evidencePack.'));

describe('the Welsh text of the evidence pack', () => {
  it('has every evidence pack message of the English catalogue, with the same placeholders, and no other', () => {
    expect(packKeys.length).toBeGreaterThan(5);
    const welsh: Partial<Record<MessageKey, string>> = evidencePackCy;
    for (const key of packKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(welsh[key], key).not.toBe(en[key]);
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(evidencePackCy).sort()).toEqual([...packKeys].sort());
  });
});
