/** The language switch's route (routes/language/[lang]): remembers the choice, and never sends anyone off the site. */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { GET } from '../../routes/language/[lang]/+server.ts';

interface SetCookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}

/** Asks the route as a browser would; where it redirects to and the cookies it set. */
function choose(lang: string, returnTo: string | undefined, site = 'https://board.example') {
  const url = new URL(`/language/${lang}`, site);
  if (returnTo !== undefined) url.searchParams.set('returnTo', returnTo);
  const set: SetCookie[] = [];
  const cookies = {
    set: (name: string, value: string, options: Record<string, unknown>) => set.push({ name, value, options }),
  };
  try {
    GET({ params: { lang }, url, cookies } as unknown as Parameters<typeof GET>[0]);
  } catch (thrown) {
    if (isRedirect(thrown)) return { status: thrown.status, location: thrown.location, set };
    if (isHttpError(thrown)) return { status: thrown.status, location: undefined, set };
    throw thrown;
  }
  throw new Error('The route neither redirected nor refused');
}

describe('choosing a language', () => {
  it('remembers Welsh or English for a year, set as the site’s other cookies are, and returns to the same page', () => {
    const welsh = choose('cy', '/manage/loops?months=12');
    expect(welsh).toMatchObject({ status: 303, location: '/manage/loops?months=12' });
    expect(welsh.set).toEqual([
      {
        name: '__Host-ep_lang',
        value: 'cy',
        options: { path: '/', httpOnly: true, sameSite: 'lax', secure: true, maxAge: 365 * 24 * 60 * 60 },
      },
    ]);
    expect(choose('en', '/admin').set[0]).toMatchObject({ name: '__Host-ep_lang', value: 'en' });
    expect(choose('en', '/sign-in', 'http://localhost:3000').set[0]).toMatchObject({ name: 'ep_lang' });
  });

  it('keeps an encoded query and fragment of the page it returns to', () => {
    expect(choose('cy', '/manage/loops?q=caf%C3%A9%20bach#list').location).toBe(
      '/manage/loops?q=caf%C3%A9%20bach#list',
    );
  });

  it('refuses a language the site does not speak, and sets nothing', () => {
    for (const lang of ['fr', 'CY', 'cy-GB', '']) {
      const answer = choose(lang, '/manage');
      expect(answer.status, lang).toBe(404);
      expect(answer.set, lang).toEqual([]);
    }
  });

  it('never leaves the site, however the return address is written', () => {
    for (const elsewhere of [
      'https://evil.example/manage',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      // Browsers drop tabs and line breaks from addresses, so these are //evil.example.
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      // Encoded once in the query, as a link would carry it.
      '%2F%2Fevil.example',
      'manage',
      '',
      undefined,
    ]) {
      const answer = choose('cy', elsewhere);
      expect(answer.status, String(elsewhere)).toBe(303);
      expect(answer.location, String(elsewhere)).toBe('/');
    }
  });

  it('never puts a character a Location header cannot hold in the redirect', () => {
    for (const odd of ['/manage\r\nSet-Cookie: x=1', '/ma\tnage', '/manage\u0000']) {
      const location = choose('en', odd).location ?? '';
      // Printable ASCII only (the URL parser percent-encodes the rest), on this site.
      expect(location).toMatch(/^\/[\x21-\x7e]*$/);
      expect(location.startsWith('//')).toBe(false);
    }
  });
});
