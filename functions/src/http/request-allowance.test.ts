import { describe, expect, it } from 'vitest';
import { requestAllowance } from './request-allowance.ts';

describe('a per-client allowance of requests a minute', () => {
  it('allows each client its own number of requests, then refuses with the seconds left in the minute', () => {
    const allowance = requestAllowance(3);
    const first = [1, 2, 3].map(() => allowance.take('address:192.0.2.1'));
    expect(first.every((taken) => taken.allowed)).toBe(true);
    const refused = allowance.take('address:192.0.2.1');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another client still has all of its own.
    expect(allowance.take('address:192.0.2.2').allowed).toBe(true);
  });

  it('starts a new minute once the window is over', async () => {
    const allowance = requestAllowance(1, 50);
    expect(allowance.take('a').allowed).toBe(true);
    expect(allowance.take('a').allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(allowance.take('a').allowed).toBe(true);
  });
});
