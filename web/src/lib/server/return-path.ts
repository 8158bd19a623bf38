/** Where to go after signing in: a path on this site only, never another site, and never a 500. */

/** Where a person lands after signing in when they did not ask for a page: what is waiting for them. */
export const landingPath = '/your-work';

/**
 * The path, query and fragment of `candidate` when it is an address on `site`'s origin,
 * otherwise `/`. The candidate is resolved as a browser would resolve it (which drops tabs
 * and line breaks, so `/\t/evil.example` is `//evil.example`, another site) and the result
 * is the URL parser's own serialisation, which a Location header can always hold. Anything
 * else (nothing, another site, what is not a path) is `fallback`.
 * @example safeReturnPath('/manage?months=12', new URL('https://board.example/sign-in')) // '/manage?months=12'
 */
export function safeReturnPath(candidate: string | null | undefined, site: URL, fallback = '/'): string {
  if (!candidate?.startsWith('/')) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(candidate, site.origin);
  } catch {
    return fallback;
  }
  if (resolved.origin !== site.origin) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
