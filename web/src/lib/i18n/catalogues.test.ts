import { describe, expect, it } from 'vitest';
import { pluralCategories } from './format.ts';
import { publicCy, publicPluralsCy } from './public.cy.ts';
import { publicEn, publicPluralsEn, type PublicKey, type PublicPluralKey } from './public.en.ts';
import { sitePageText, sitePagesCy, sitePagesEn, type SitePageKey } from './site-pages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Welsh catalogue', () => {
  it('has every public text, each with the same placeholders as the English', () => {
    for (const key of Object.keys(publicEn) as PublicKey[]) {
      expect(publicCy[key], key).toBeTruthy();
      expect(placeholders(publicCy[key]), key).toEqual(placeholders(publicEn[key]));
    }
  });

  it('has every English message in Welsh, and no message English does not have', () => {
    expect(Object.keys(publicCy).sort()).toEqual(Object.keys(publicEn).sort());
    expect(Object.keys(publicPluralsCy).sort()).toEqual(Object.keys(publicPluralsEn).sort());
  });

  it('has a form of every plural message for each plural category of each language', () => {
    expect(pluralCategories('en').sort()).toEqual(['one', 'other']);
    expect(pluralCategories('cy').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    for (const [locale, plurals] of [
      ['en', publicPluralsEn],
      ['cy', publicPluralsCy],
    ] as const) {
      for (const key of Object.keys(publicPluralsEn) as PublicPluralKey[]) {
        const forms: Partial<Record<Intl.LDMLPluralRule, string>> = plurals[key];
        for (const category of pluralCategories(locale))
          expect(forms[category], `${locale} ${key} ${category}`).toBeTruthy();
        // No placeholder a sentence does not fill: each form's are the English `other` form's.
        for (const form of Object.values(forms))
          expect(placeholders(publicPluralsEn[key].other), `${locale} ${key}: ${form}`).toEqual(
            expect.arrayContaining(placeholders(form)),
          );
      }
    }
  });
});

describe('the Welsh text of the pages about the site', () => {
  it('has every text of the accessibility statement and the cookies page, with the same placeholders', () => {
    for (const key of Object.keys(sitePagesEn) as SitePageKey[]) {
      expect(sitePagesCy[key], key).toBeTruthy();
      expect(placeholders(sitePagesCy[key] ?? ''), key).toEqual(placeholders(sitePagesEn[key]));
    }
  });

  it('fills the partnership’s name in', () => {
    expect(sitePageText('cy', 'accessibility.runBy', { partnership: 'Bwrdd Demo' })).toMatch(/^Bwrdd Demo sy’n rhedeg/);
    expect(sitePageText('en', 'cookies.title')).toBe('Cookies');
  });
});
