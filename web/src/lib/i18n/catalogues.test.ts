import { describe, expect, it } from 'vitest';
import { appCy, appPluralsCy } from './app.cy.ts';
import { boardCy } from './cy/board.ts';
import { registerCy } from './cy/register.ts';
import { boardEn, type BoardKey } from './board.en.ts';
import { appPluralsEn, en, type AppPluralKey, type MessageKey } from './en.ts';
import { pluralCategories } from './format.ts';
import { frameEn, frameText } from './frame.ts';
import { publicCy, publicPluralsCy } from './public.cy.ts';
import { publicEn, publicPluralsEn, type PublicKey, type PublicPluralKey } from './public.en.ts';
import { registerEn } from './register.en.ts';
import { sitePageText, sitePagesCy, sitePagesEn, type SitePageKey } from './site-pages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Welsh catalogue', () => {
  it('has every public text, each with the same placeholders as the English', () => {
    for (const key of Object.keys(publicEn) as PublicKey[]) {
      expect(publicCy[key], key).toBeTruthy();
      expect(placeholders(publicCy[key]), key).toEqual(placeholders(publicEn[key]));
    }
  });

  it('has the register’s own text (which only its page loads), with the same placeholders as the English', () => {
    expect(Object.keys(registerCy).sort()).toEqual(Object.keys(registerEn).sort());
    for (const key of Object.keys(registerEn) as (keyof typeof registerEn)[])
      expect(placeholders(registerCy[key]), key).toEqual(placeholders(registerEn[key]));
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

describe('the Welsh text of the app pages (home, sign-in, data entry, admin, the board)', () => {
  it('has every message of the app and the board pages, and none English does not have', () => {
    expect(Object.keys(appCy).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(boardCy).sort()).toEqual(Object.keys(boardEn).sort());
    for (const [key, welsh] of Object.entries(appCy)) expect(welsh, key).toBeTruthy();
  });

  it('has a form of every plural message for each Welsh plural category', () => {
    expect(Object.keys(appPluralsCy).sort()).toEqual(Object.keys(appPluralsEn).sort());
    for (const key of Object.keys(appPluralsEn) as AppPluralKey[])
      for (const category of pluralCategories('cy'))
        expect(appPluralsCy[key][category], `${key} ${category}`).toBeTruthy();
  });

  it('fills only placeholders the English fills (a label may start its sentence in one language and not the other)', () => {
    const filled = (text: string) =>
      placeholders(text).flatMap((name) => (name === 'label' || name === 'Label' ? ['label', 'Label'] : [name]));
    for (const [key, welsh] of Object.entries(appCy) as [MessageKey, string][])
      expect(filled(en[key]), key).toEqual(expect.arrayContaining(placeholders(welsh)));
    for (const [key, welsh] of Object.entries(boardCy) as [BoardKey, string][])
      expect(placeholders(boardEn[key]), key).toEqual(expect.arrayContaining(placeholders(welsh)));
  });

  it('says the frame’s refusals in Welsh', () => {
    for (const key of [
      'error.forbidden.title',
      'error.forbidden.back',
      'error.forbidden.overview',
      'error.signIn.title',
    ] as const)
      expect(frameText('cy', key), key).not.toBe(frameEn[key]);
  });
});
