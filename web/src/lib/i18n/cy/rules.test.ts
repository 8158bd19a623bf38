import { describe, expect, it } from 'vitest';
import { ruleCodes, ruleMessages } from '@equal-partners/shared';
import { en, type MessageKey } from '../en.ts';
import { rulesCy } from './rules.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ruleKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('rule.'));

describe('the rules’ messages', () => {
  it('say every rule the API names by a code in English, as the API says it', () => {
    expect(ruleKeys.sort()).toEqual(ruleCodes.map((code) => `rule.${code}`).sort());
    for (const code of ruleCodes) expect(en[`rule.${code}`], code).toBe(ruleMessages[code]);
  });

  it('say every rule in Welsh, with the same values and none left in English', () => {
    expect(Object.keys(rulesCy).sort()).toEqual([...ruleKeys].sort());
    const welsh: Partial<Record<MessageKey, string>> = rulesCy;
    for (const key of ruleKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(welsh[key], key).not.toBe(en[key]);
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });
});
