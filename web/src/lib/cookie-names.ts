/**
 * The cookies the site sets: two for people who sign in (web/src/lib/server/session.ts)
 * and the language a person chose with the language switch (routes/language), and how
 * each is set; the cookies page lists them.
 *
 * Over https every name carries the `__Host-` prefix: the browser then accepts the cookie
 * only from this origin, Secure, for `Path=/` and without a `Domain`, so no other site or
 * subdomain can set or overwrite it. Browsers refuse `__Host-` cookies that are not Secure,
 * and the local server (`npm start`) and the browser tests speak plain http to localhost,
 * so there the same cookies go by their names without the prefix, not Secure. A server
 * served over https reads only the prefixed names.
 */
export const cookieNames = {
  /** The signed-in session: a random id naming the session the server keeps. */
  session: 'ep_session',
  /** A sign-in in progress: Cognito's PKCE verifier and state. */
  signIn: 'ep_sign_in',
  /** The language chosen with the language switch: `cy` or `en` (web/src/lib/i18n/page-locale.ts). */
  language: 'ep_lang',
} as const;

/** How long the chosen language is remembered: a year, renewed each time it is chosen. */
export const languageCookieSeconds = 365 * 24 * 60 * 60;

export type CookieName = (typeof cookieNames)[keyof typeof cookieNames];

/** Whether the site is served over https, where cookies are Secure and `__Host-` prefixed. */
export const isSecure = (url: Pick<URL, 'protocol'>): boolean => url.protocol === 'https:';

/** A cookie's name as the site served from `url` sets it. */
export function cookieName(name: CookieName, url: Pick<URL, 'protocol'>): string {
  return isSecure(url) ? `__Host-${name}` : name;
}

/** How every cookie of the site is set: HttpOnly, SameSite=Lax, the whole site, no Domain, Secure over https. */
export function cookieOptions(url: Pick<URL, 'protocol'>) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: isSecure(url),
  };
}
