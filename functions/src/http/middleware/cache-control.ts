/**
 * Marks every API answer for caches: public reads asked without credentials may be kept by
 * CloudFront for a few minutes; everything else, errors included, by no cache
 * (../cache-policy.ts). A route that sets its own `Cache-Control` keeps it.
 */
import { createMiddleware } from 'hono/factory';
import { apiCacheControl } from '../cache-policy.ts';

export const markCacheability = createMiddleware(async (c, next) => {
  await next();
  // Authorization decides who is answered, so caches must keep answers apart by it (CloudFront keys on it too).
  c.res.headers.append('Vary', 'Authorization');
  if (c.res.headers.has('cache-control')) return;
  c.res.headers.set(
    'Cache-Control',
    apiCacheControl({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      signedIn: c.req.header('authorization') !== undefined,
      setsCookie: c.res.headers.has('set-cookie'),
    }),
  );
});
