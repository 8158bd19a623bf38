/**
 * How often one client may fail to sign in on the site's own pages: after `limit` failed
 * passwords or codes from one address within a window, its next attempts are refused
 * without asking Cognito until the window is over, as the API refuses an address that
 * keeps sending credentials that are not valid (functions/src/http/middleware/rate-limit.ts).
 * Cognito locks an account out after repeated failures too; this keeps one address from
 * trying many accounts. Counted in the process's memory, as the API's limits are.
 */
export interface FailureAllowance {
  /** Whether `client` may try now; if not, how many seconds until it may. */
  check(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** Counts a failed attempt of `client`. */
  fail(client: string): void;
}

export function failureAllowance(limit: number, windowMs = 15 * 60_000, now = () => Date.now()): FailureAllowance {
  const failures = new Map<string, { count: number; resetAt: number }>();
  const current = (client: string) => {
    const seen = failures.get(client);
    if (seen && seen.resetAt > now()) return seen;
    failures.delete(client);
    return undefined;
  };
  return {
    check(client) {
      const seen = current(client);
      if (!seen || seen.count < limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((seen.resetAt - now()) / 1000)) };
    },
    fail(client) {
      const seen = current(client);
      if (seen) seen.count += 1;
      else failures.set(client, { count: 1, resetAt: now() + windowMs });
      // An address that stops failing is forgotten once its window is over.
      if (failures.size > 10_000) for (const key of failures.keys()) if (!current(key)) failures.delete(key);
    },
  };
}

/** The pages' own: 20 failed attempts from one address in 15 minutes. */
export const signInFailures = failureAllowance(20);
