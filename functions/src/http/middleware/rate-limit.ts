/**
 * Limits how many requests one client makes per minute, so one runaway script cannot starve
 * the rest, and how often one address may fail to authenticate, so credentials cannot be
 * tried in bulk. Both run before authentication: a refused request costs no store lookup.
 */
import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { MemoryStore, rateLimiter, type HonoConfigType } from 'hono-rate-limiter';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from '../env.ts';
import { ProblemError } from '../problem.ts';

const windowMs = 60_000;

/** The address the request came from: the socket's on the local server, else the viewer's as CloudFront passes it on. */
export function clientAddress(c: Context<ApiEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not on Node's HTTP server (Lambda, or the pages' in-process calls, which name their viewer).
    const viewer = c.req.header('x-viewer-address') ?? c.req.header('x-forwarded-for')?.split(',')[0];
    return viewer?.trim() || 'unknown';
  }
}

/**
 * Who a request counts against: the credential it carries (hashed, so no secret is kept in
 * memory), else its address. People and systems behind one office address each have their
 * own allowance; the public shares the address's.
 */
function clientKey(c: Context<ApiEnv>): string {
  const authorization = c.req.header('authorization');
  if (!authorization) return `address:${clientAddress(c)}`;
  return `credential:${createHash('sha256').update(authorization).digest('base64url')}`;
}

const tooMany = (detail: string) => new ProblemError(429, 'rate-limited', 'Too many requests', detail);

/** At most `requestsPerMinute` requests per client per minute, then 429 with the standard `RateLimit` headers. */
export function limitRate(requestsPerMinute: number) {
  return rateLimiter<ApiEnv>({
    windowMs,
    limit: requestsPerMinute,
    standardHeaders: 'draft-7',
    keyGenerator: clientKey,
    handler: () => {
      throw tooMany('Too many requests from this client: wait a minute and try again.');
    },
  });
}

/**
 * After `failuresPerMinute` failed authentications from one address, every request from it
 * that carries credentials gets 429 until its minute is over. Only failures count, and only
 * once they have happened, so any number of good requests at once are never refused here.
 */
export function limitFailedAuthentication(failuresPerMinute: number) {
  const failures = new MemoryStore<ApiEnv>();
  // The store reads only the window from the options a rate limiter would pass it.
  failures.init({ windowMs } as HonoConfigType<ApiEnv>);
  return createMiddleware<ApiEnv>(async (c, next) => {
    if (!c.req.header('authorization')) return next();
    const address = clientAddress(c);
    const seen = failures.get(address);
    const resetAt = seen?.resetTime?.getTime() ?? 0;
    const now = Date.now();
    if (seen && resetAt > now && seen.totalHits >= failuresPerMinute) {
      c.header('Retry-After', String(Math.ceil((resetAt - now) / 1000)));
      throw tooMany(
        'Too many requests with credentials that are not valid came from this address: ' +
          'check the API key or sign in again, and try again in a minute.',
      );
    }
    await next();
    if (c.get('authenticationFailed') === true) failures.increment(address);
  });
}
