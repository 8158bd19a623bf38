/**
 * Which answers a shared cache (CloudFront) may keep, and for how long: public reads made
 * without credentials, for five minutes; everything else never (docs/decisions/0208).
 * The API's middleware, the web app's page hook and the CloudFront cache policies all read
 * these values, so the app and the edge cannot disagree.
 */

/** How long CloudFront keeps a public answer: a published change or redaction reaches everyone within this. */
export const sharedCacheSeconds = 300;

/**
 * A public answer: CloudFront keeps it for `sharedCacheSeconds` (`s-maxage`); browsers
 * ask again every time (`max-age=0`), so someone who has just signed in or out, or a
 * board member checking a change, never sees a page their own browser kept.
 */
export const publicCacheControl = `public, max-age=0, s-maxage=${sharedCacheSeconds}`;

/** Anything personal, any error, any write: kept by no cache at all. */
export const privateCacheControl = 'private, no-store';

/**
 * The API reads that the public makes and whose answer is the same for every caller
 * without credentials: the disclosure-controlled figures and logs under `/public/`, the
 * partnership, signatories and baselines that anyone reads, and the partnership's
 * activities by month.
 */
const publicApiReads: readonly RegExp[] = [
  /^\/api\/v1\/public\//,
  /^\/api\/v1\/partnership$/,
  /^\/api\/v1\/(signatories|baselines)(\/[^/]+)?$/,
  /^\/api\/v1\/metrics\/partnership\/activities-by-month$/,
];

/** The pages anyone reads, in English and Welsh: the same page for every visitor who is not signed in. */
const publicPages: readonly RegExp[] = [
  /^\/$/,
  /^(\/cy)?\/public(\/[^/]+)?$/,
  // A signatory's public annual involvement report.
  /^(\/cy)?\/public\/[^/]+\/annual\/\d{4}$/,
  /^(\/cy)?\/(accessibility|cookies)$/,
];

const readMethods = new Set(['GET', 'HEAD']);

export interface CacheQuestion {
  method: string;
  path: string;
  status: number;
  /** The request carried credentials: an Authorization header, or a session cookie for pages. */
  signedIn: boolean;
  /** The response sets a cookie. */
  setsCookie: boolean;
}

function cacheable(patterns: readonly RegExp[], q: CacheQuestion): boolean {
  return (
    readMethods.has(q.method.toUpperCase()) &&
    q.status === 200 &&
    !q.signedIn &&
    !q.setsCookie &&
    patterns.some((pattern) => pattern.test(q.path))
  );
}

/** The `Cache-Control` for an API answer. */
export function apiCacheControl(q: CacheQuestion): string {
  return cacheable(publicApiReads, q) ? publicCacheControl : privateCacheControl;
}

/** The `Cache-Control` for a page. */
export function pageCacheControl(q: CacheQuestion): string {
  return cacheable(publicPages, q) ? publicCacheControl : privateCacheControl;
}
