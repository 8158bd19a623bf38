/**
 * A per-client allowance of requests a minute, outside Hono: the pages count their
 * requests with it (web/src/hooks.server.ts) as the API's own limit counts API requests
 * (./middleware/rate-limit.ts), with the same in-memory store.
 */
import { MemoryStore, type HonoConfigType } from 'hono-rate-limiter';

export interface RequestAllowance {
  /** Counts a request of `client`: allowed while under the limit, else how long until its minute is over. */
  take(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

/**
 * @example
 * const pages = requestAllowance(600);
 * if (!pages.take(`address:${address}`).allowed) return tooMany();
 */
export function requestAllowance(perMinute: number, windowMs = 60_000): RequestAllowance {
  const counts = new MemoryStore();
  // The store reads only the window from the options a rate limiter would pass it.
  counts.init({ windowMs } as HonoConfigType);
  return {
    take(client) {
      const { totalHits, resetTime } = counts.increment(client);
      if (totalHits <= perMinute) return { allowed: true };
      const wait = (resetTime?.getTime() ?? Date.now() + windowMs) - Date.now();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    },
  };
}
