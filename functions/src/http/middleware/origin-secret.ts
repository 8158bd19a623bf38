/**
 * Answers only requests that came through CloudFront. CloudFront adds a secret header
 * to every request it sends to the HTTP API, and the `api` and `web` functions refuse a
 * request without it: one sent straight to the API's own execute-api address, which
 * would skip the edge's security headers and could claim any viewer address
 * (docs/decisions/0205). Enforced only where the secret is configured, in AWS: the local
 * server, the web app's in-process calls and the tests have none.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ProblemError, problemResponse } from '../problem.ts';

/** The header CloudFront adds to requests for the HTTP API (an origin custom header). */
export const originSecretHeader = 'x-origin-verify';

/** The environment variable the stack sets to the secret on the functions behind CloudFront. */
export const originSecretVariable = 'ORIGIN_VERIFY_SECRET';

/** The secret, if this process runs behind CloudFront; unset or empty means no check. */
export function originSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[originSecretVariable] || undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Refuses, with a 403 problem, every request that does not carry `secret` in the origin header.
 *
 * @example
 * app.use(requireOriginSecret(secret));
 */
export function requireOriginSecret(secret: string): MiddlewareHandler {
  const expected = digest(secret);
  return async (c, next) => {
    const sent = c.req.header(originSecretHeader);
    // Compared as digests of equal length, in constant time, so the time taken tells nothing of the secret.
    if (sent !== undefined && timingSafeEqual(digest(sent), expected)) return next();
    const { problem } = new ProblemError(
      403,
      'forbidden',
      'Not allowed',
      "Requests reach this service through its own address, not the API's execute-api address.",
    );
    return problemResponse(c, problem);
  };
}
