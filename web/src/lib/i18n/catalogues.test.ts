import { describe, expect, it } from 'vitest';
import { publicCy } from './public.cy.ts';
import { publicEn, type PublicKey } from './public.en.ts';
import { sitePageText, sitePagesCy, sitePagesEn, type SitePageKey } from './site-pages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Welsh catalogue', () => {
  it('has every public text, each with the same placeholders as the English', () => {
    for (const key of Object.keys(publicEn) as PublicKey[]) {
      expect(publicCy[key], key).toBeTruthy();
      expect(placeholders(publicCy[key]), key).toEqual(placeholders(publicEn[key]));
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
