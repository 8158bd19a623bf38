import { describe, expect, it } from 'vitest';
import { landingPath, safeReturnPath } from './return-path.ts';

const origin = new URL('https://board.example/sign-in');

describe('returning after signing in', () => {
  it('goes to a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/manage/loops?months=12', origin)).toBe('/manage/loops?months=12');
    expect(safeReturnPath('/public#reach', origin)).toBe('/public#reach');
  });

  it('goes home instead of to another site, however the address is written', () => {
    for (const elsewhere of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      // Browsers drop tabs and line breaks from addresses, so these are //evil.example.
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '',
      null,
    ]) {
      expect(safeReturnPath(elsewhere, origin)).toBe('/');
      expect(safeReturnPath(elsewhere, origin, landingPath)).toBe('/your-work');
    }
  });

  it('never returns a character a Location header cannot hold', () => {
    for (const odd of ['/manage\n', '/manage\r\nSet-Cookie: x=1', '/ma\tnage', '/manage\u0000']) {
      const path = safeReturnPath(odd, origin);
      expect(path).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });
});
