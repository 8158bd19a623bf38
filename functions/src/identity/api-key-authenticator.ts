/**
 * Machines sign in with an API key: looked up by its SHA-256 hash, refused once revoked, and
 * its last use recorded at most once a minute.
 */
import type { Store } from '../table/index.ts';
import { getApiKey, recordApiKeyUse } from './api-key-entity.ts';
import { hashApiKey } from './api-keys.ts';
import type { Authenticator } from './principal.ts';

export const apiKeyPattern = /^ep_[0-9a-f]{8}_[A-Za-z0-9_-]+$/;

/**
 * How stale `lastUsedAt` may be. The board reads it to see which keys are still in use (by
 * the day); writing it on every request would be a paid write per request, and a busy
 * client's requests would contend for the one item.
 */
export const lastUseResolutionMs = 60_000;

export function apiKeyAuthenticator(store: Store, now: () => Date = () => new Date()): Authenticator {
  return async (token) => {
    if (!apiKeyPattern.test(token)) return undefined;
    const hash = hashApiKey(token);
    const prefix = token.slice(0, 11);
    const item = await getApiKey(store, hash);
    if (!item || item.revoked === true) return undefined;
    const signatoryId = String(item.signatoryId);
    const at = now();
    const cutoff = new Date(at.getTime() - lastUseResolutionMs).toISOString();
    const lastUsedAt = typeof item.lastUsedAt === 'string' ? item.lastUsedAt : undefined;
    // At most once a minute; of requests that read the same old time at once, only the first writes it.
    if (lastUsedAt === undefined || lastUsedAt <= cutoff) await recordApiKeyUse(store, hash, at.toISOString(), cutoff);
    return { kind: 'api-key', id: prefix, role: 'signatory-editor', signatoryId };
  };
}
