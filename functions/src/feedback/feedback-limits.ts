/**
 * How fast answers may come through feedback links: proportionate to what is at stake (a
 * few counts per activity, already capped at the number of people who took part). Each
 * answer sent counts against its link's token and against the address it came from, in
 * windows of five minutes:
 *
 * - one address: 200 answers, so a room of 100 people on one school's wi-fi (one address)
 *   answers, each with a second try, within five minutes;
 * - one link: 400 answers, from however many addresses.
 *
 * Beyond either, the answer is refused before anything is read or written. The counters
 * are this process's memory alone, kept for the window and then dropped, and an address is
 * held only as a hash salted with a random value the process never stores, so nothing
 * about the address is kept anywhere.
 */
import { createHash, randomBytes } from 'node:crypto';
import { requestAllowance, type RequestAllowance } from '../http/request-allowance.ts';
import type { Store } from '../table/store.ts';

/** The window the limits count in. */
export const feedbackLimitWindowMs = 5 * 60_000;
/** Answers one address may send in a window. */
export const answersPerAddress = 200;
/** Answers one link may receive in a window. */
export const answersPerLink = 400;

interface Limits {
  addresses: RequestAllowance;
  links: RequestAllowance;
}

// One set of counters per table this process answers for (a test's table starts with none).
const limitsOf = /* @__PURE__ */ new WeakMap<Store, Limits>();
let salt: Buffer | undefined;

const hashed = (kind: string, value: string) =>
  `${kind}:${createHash('sha256')
    .update((salt ??= randomBytes(16)))
    .update(value)
    .digest('base64url')}`;

/** What the limits say to one more answer. */
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one answer sent to `token` from `address`: allowed while both are under their limit. */
export function takeAnswerAllowance(store: Store, token: string, address: string): LimitDecision {
  let limits = limitsOf.get(store);
  if (!limits) {
    limits = {
      addresses: requestAllowance(answersPerAddress, feedbackLimitWindowMs),
      links: requestAllowance(answersPerLink, feedbackLimitWindowMs),
    };
    limitsOf.set(store, limits);
  }
  const byAddress = limits.addresses.take(hashed('address', address));
  if (!byAddress.allowed) return byAddress;
  return limits.links.take(hashed('link', token));
}
