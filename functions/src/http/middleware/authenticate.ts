/** Resolves `Authorization: Bearer <token>` to a principal; no header means the public. */
import { createMiddleware } from 'hono/factory';
import { type Authenticator } from '../../identity/principal.ts';
import { publicPrincipal } from '@equal-partners/shared';
import type { ApiEnv } from '../env.ts';
import { ProblemError } from '../problem.ts';

export function authenticate(authenticators: readonly Authenticator[]) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('principal', publicPrincipal);
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      c.set('authenticationFailed', true);
      throw new ProblemError(
        401,
        'unauthenticated',
        'Not signed in',
        'Send credentials as "Authorization: Bearer <token>".',
      );
    }
    for (const authenticator of authenticators) {
      const principal = await authenticator(match[1]!);
      if (principal) {
        c.set('principal', principal);
        return next();
      }
    }
    c.set('authenticationFailed', true);
    throw new ProblemError(
      401,
      'unauthenticated',
      'Not signed in',
      'The token or API key is not valid: it may have expired or been revoked.',
    );
  });
}
