import { describe, expect, it } from 'vitest';
import { publicCy } from './public.cy.ts';
import { publicEn, type PublicKey } from './public.en.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Welsh catalogue', () => {
  it('has every public text, each with the same placeholders as the English', () => {
    for (const key of Object.keys(publicEn) as PublicKey[]) {
      expect(publicCy[key], key).toBeTruthy();
      expect(placeholders(publicCy[key]), key).toEqual(placeholders(publicEn[key]));
    }
  });
});
