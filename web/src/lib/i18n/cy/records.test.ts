import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { publicCy } from '../public.cy.ts';
import { publicEn, type PublicKey } from '../public.en.ts';
import { recordsCy } from './records.ts';

/** The prefixes of the en.ts keys this catalogue is the Welsh of. */
const prefixes = [
  'activities.',
  'activity.',
  'assessment.',
  'assessments.',
  'audience.',
  'challenge.',
  'challenges.',
  'level.',
  'loop.',
  'loops.',
  'lundy.',
  'rating.',
  'safeguarding.',
];

/** Words spelt the same in Welsh and English, which may stand as the whole Welsh text. */
const sameInBothLanguages = new Set(['CSV', 'API', 'Sector']);

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const welsh: Partial<Record<MessageKey, string>> = recordsCy;
const englishKeys = (Object.keys(en) as MessageKey[]).filter((key) => prefixes.some((p) => key.startsWith(p)));

describe('the Welsh text of the record pages', () => {
  it('has every English key with its prefixes, and no other', () => {
    expect(englishKeys.length).toBeGreaterThan(200);
    expect(Object.keys(recordsCy).sort()).toEqual([...englishKeys].sort());
  });

  it('translates every text: none empty, none left in English', () => {
    for (const key of englishKeys) {
      const text = welsh[key] ?? '';
      expect(text.trim(), key).not.toBe('');
      if (!sameInBothLanguages.has(text)) expect(text, key).not.toBe(en[key]);
    }
  });

  it('keeps the English placeholders, and adds no markup', () => {
    for (const key of englishKeys) {
      const text = welsh[key] ?? '';
      expect(placeholders(text), key).toEqual(placeholders(en[key]));
      if (!/[<>]/.test(en[key])) expect(text, key).not.toMatch(/[<>]/);
    }
  });

  it('words a label the public pages share, such as a level of say, as they do', () => {
    const shared = englishKeys.filter((key) => key in publicEn && publicEn[key as PublicKey] === en[key]);
    expect(shared).toContain('level.co-producing');
    for (const key of shared) expect(welsh[key], key).toBe(publicCy[key as PublicKey]);
  });
});
