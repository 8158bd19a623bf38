/**
 * Checks every request body before a handler sees it: at most 1 MiB, and of a
 * content type the route accepts (JSON, or CSV for imports).
 */
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from '../env.ts';
import { ProblemError } from '../problem.ts';

export const maxBodyBytes = 1024 * 1024;

export const limitBodySize = bodyLimit({
  maxSize: maxBodyBytes,
  onError: () => {
    throw new ProblemError(
      413,
      'payload-too-large',
      'Request too large',
      'The request body is over 1 MiB. Send fewer records at a time.',
    );
  },
});

const writeMethods = new Set(['POST', 'PUT', 'PATCH']);

/** Requires a JSON body on writes, except on the paths that take CSV. */
export const requireContentType = createMiddleware<ApiEnv>(async (c, next) => {
  if (!writeMethods.has(c.req.method)) return next();
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const csvPath = c.req.path.endsWith(':import');
  const accepted = csvPath ? ['text/csv'] : ['application/json'];
  // A POST with nothing to send (`/me:sign-out`) has no body at all in-process, and Content-Length 0 over HTTP.
  const hasBody = type !== '' || (c.req.raw.body !== null && c.req.header('content-length') !== '0');
  if (hasBody && !accepted.includes(type)) {
    throw new ProblemError(
      415,
      'unsupported-media-type',
      'Unsupported content type',
      `Send the body as ${accepted.join(' or ')}${type ? `, not ${type}` : ' (the Content-Type header is missing)'}.`,
    );
  }
  return next();
});
