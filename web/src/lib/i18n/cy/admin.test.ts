import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { adminCy } from './admin.ts';

/** The key prefixes of the administration pages' text, whose Welsh is in admin.ts. */
const prefixes = [
  'admin.',
  'apiKey.',
  'apiKeys.',
  'baseline.',
  'baselines.',
  'charter.',
  'groups.',
  'partnership.',
  'setting.',
  'settings.',
  'signatories.',
  'signatory.',
  'user.',
  'users.',
];

/** Words spelt the same in Welsh as in English, so their Welsh may equal the English. */
const sameInBothLanguages = new Set(['Sector', 'Label']);

const ownKeys = (Object.keys(en) as MessageKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
const welsh: Partial<Record<MessageKey, string>> = adminCy;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** Whether a text is only placeholders and punctuation, like "{group} (%)": nothing to translate. */
const onlyPlaceholders = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

describe('the Welsh text of the administration pages', () => {
  it('has a text for every English key with its prefixes, and no other key', () => {
    expect(ownKeys.length).toBeGreaterThan(200);
    expect(Object.keys(adminCy).sort()).toEqual([...ownKeys].sort());
  });

  it('translates every text: none is blank or left in English', () => {
    for (const key of ownKeys) {
      const text = welsh[key] ?? '';
      expect(text.trim(), key).not.toBe('');
      if (!sameInBothLanguages.has(en[key]) && !onlyPlaceholders(en[key])) expect(text, key).not.toBe(en[key]);
    }
  });

  it('keeps the placeholders of each English text', () => {
    for (const key of ownKeys) expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
  });
});
