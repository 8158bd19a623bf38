import { describe, expect, it } from 'vitest';
import { hasTwin, languageSwitchPath, pageLocale } from './page-locale.ts';

describe('the language of a page', () => {
  it('is Welsh under /cy and English on the English public pages, whatever the person chose', () => {
    for (const chosen of [undefined, 'en', 'cy']) {
      expect(pageLocale('/cy', chosen)).toBe('cy');
      expect(pageLocale('/cy/public', chosen)).toBe('cy');
      expect(pageLocale('/cy/public/oakfield-special-school', chosen)).toBe('cy');
      expect(pageLocale('/cy/cookies', chosen)).toBe('cy');
      expect(pageLocale('/cy/public/oakfield-special-school/annual/2025', chosen)).toBe('cy');
      for (const path of [
        '/public',
        '/public/oakfield-special-school',
        '/public/oakfield-special-school/annual/2025',
        '/accessibility',
        '/cookies',
      ])
        expect(pageLocale(path, chosen), `${path} ${chosen}`).toBe('en');
    }
  });

  it('is the language the person chose on every other page', () => {
    for (const path of [
      '/',
      '/sign-in',
      '/sign-out',
      '/auth/callback',
      '/manage',
      '/manage/loops/new',
      '/admin/users',
      '/dashboard',
      '/dashboard/signatories/x',
    ]) {
      expect(pageLocale(path, 'cy'), path).toBe('cy');
      expect(pageLocale(path, 'en'), path).toBe('en');
    }
  });

  it('is English without a choice, or with a cookie that names no language the site speaks', () => {
    for (const chosen of [undefined, '', 'CY', 'fr', 'cy;', ' cy'])
      expect(pageLocale('/manage', chosen), String(chosen)).toBe('en');
  });

  it('reads only whole path segments: /cymraeg and /publications are not twins', () => {
    expect(hasTwin('/cymraeg')).toBe(false);
    expect(hasTwin('/publications')).toBe(false);
    expect(pageLocale('/cymraeg', 'en')).toBe('en');
    expect(pageLocale('/publications', 'cy')).toBe('cy');
  });
});

describe('the language switch’s address', () => {
  it('carries the page and its query to come back to', () => {
    const path = languageSwitchPath('cy', '/manage/loops?months=12&page=2');
    expect(path).toBe('/language/cy?returnTo=%2Fmanage%2Floops%3Fmonths%3D12%26page%3D2');
    expect(new URL(path, 'https://x.example').searchParams.get('returnTo')).toBe('/manage/loops?months=12&page=2');
  });
});
