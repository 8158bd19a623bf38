import { describe, expect, it } from 'vitest';
import { cookieName, cookieNames, cookieOptions } from './cookie-names.ts';

describe('the site’s cookies', () => {
  it('are __Host- prefixed and Secure, for the whole site and no Domain, when served over https', () => {
    const url = new URL('https://partners.example/manage');
    expect(cookieName(cookieNames.session, url)).toBe('__Host-ep_session');
    expect(cookieName(cookieNames.signIn, url)).toBe('__Host-ep_sign_in');
    expect(cookieName(cookieNames.language, url)).toBe('__Host-ep_lang');
    const options = cookieOptions(url);
    expect(options).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: true });
    expect(options).not.toHaveProperty('domain');
  });

  it('drop the prefix, which browsers refuse without Secure, on the plain-http local server', () => {
    const url = new URL('http://localhost:3000/manage');
    expect(cookieName(cookieNames.session, url)).toBe('ep_session');
    expect(cookieOptions(url)).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: false });
  });

  it('no longer include a refresh token: it is kept in the stored session', () => {
    expect(Object.values(cookieNames)).toEqual(['ep_session', 'ep_sign_in', 'ep_lang']);
  });
});
