/** Limits how many requests one client makes per minute, so one runaway script cannot starve the rest. */
import { getConnInfo } from '@hono/node-server/conninfo';
import { rateLimiter } from 'hono-rate-limiter';
import type { Context } from 'hono';
import type { ApiEnv } from '../env.ts';
import { ProblemError } from '../problem.ts';

function clientKey(c: Context<ApiEnv>): string {
  const principal = c.get('principal');
  if (principal && principal.kind !== 'public') return `${principal.kind}:${principal.id}`;
  try {
    return `ip:${getConnInfo(c).remote.address ?? 'unknown'}`;
  } catch {
    // Not on Node's HTTP server (Lambda): the viewer's address CloudFront passes on, else API Gateway's.
    const viewer = c.req.header('x-viewer-address') ?? c.req.header('x-forwarded-for')?.split(',')[0];
    return `ip:${viewer?.trim() ?? 'unknown'}`;
  }
}

export function limitRate(requestsPerMinute: number) {
  return rateLimiter<ApiEnv>({
    windowMs: 60_000,
    limit: requestsPerMinute,
    standardHeaders: 'draft-7',
    keyGenerator: clientKey,
    handler: () => {
      throw new ProblemError(
        429,
        'rate-limited',
        'Too many requests',
        'Too many requests from this client: wait a minute and try again.',
      );
    },
  });
}
