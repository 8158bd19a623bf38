import { describe, expect, it } from 'vitest';
import { appPluralsEn, en, type AppPluralKey } from '../en.ts';
import { pluralCategories } from '../format.ts';
import { frameEn } from '../frame.ts';
import { vocabularyEn } from '../vocabulary.ts';
import { commonCy, commonPluralsCy } from './common.ts';

const prefixes = [
  'app.',
  'callback.',
  'chart.',
  'count.',
  'date.',
  'delete.',
  'error.',
  'form.',
  'guard.',
  'home.',
  'import.',
  'list.',
  'manage.',
  'publish.',
  'quarter.',
  'signIn.',
  'signOut.',
];
const ours = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
/** Texts written the same in Welsh and English ("problem" is Welsh too: plural "problemau"). */
const sameInBoth = new Set(['Sector', '{n} problem']);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** en.ts's own messages with these prefixes: not the frame's or the vocabularies', which have their own Welsh. */
const english = Object.fromEntries(
  Object.entries(en).filter(([key]) => ours(key) && !(key in frameEn) && !(key in vocabularyEn)),
) as Record<string, string>;
const welsh: Record<string, string> = commonCy;

describe('the Welsh text shared by the signed-in pages', () => {
  it('has every message of en.ts with its prefixes, and no other', () => {
    expect(Object.keys(english).length).toBeGreaterThan(100);
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
  });

  it('has Welsh for each message, with the same placeholders as the English', () => {
    for (const [key, text] of Object.entries(welsh)) {
      expect(text.trim(), key).not.toBe('');
      if (!sameInBoth.has(text)) expect(text, key).not.toBe(english[key]);
      expect(placeholders(text), key).toEqual(placeholders(english[key] ?? ''));
    }
  });

  it('has a form of every message with a count for each Welsh plural category', () => {
    const keys = (Object.keys(appPluralsEn) as AppPluralKey[]).filter(ours);
    expect(Object.keys(commonPluralsCy).sort()).toEqual(keys.sort());
    for (const key of keys) {
      const forms: Partial<Record<Intl.LDMLPluralRule, string>> = commonPluralsCy[key];
      const englishForms: Record<string, string> = appPluralsEn[key];
      for (const category of pluralCategories('cy')) {
        const form = forms[category] ?? '';
        expect(form.trim(), `${key} ${category}`).not.toBe('');
        if (!sameInBoth.has(form)) expect(Object.values(englishForms), `${key} ${category}`).not.toContain(form);
        expect(placeholders(form), `${key} ${category}`).toEqual(placeholders(appPluralsEn[key].other));
      }
    }
  });
});
