/**
 * API keys for machines: random, shown once, stored only as a SHA-256 hash with a
 * short visible prefix so people can tell their keys apart without the secret.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface NewApiKey {
  /** The secret, sent as `Authorization: Bearer <key>`. Shown once, never stored. */
  key: string;
  /** The first characters, stored and shown in lists. */
  prefix: string;
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(): NewApiKey {
  const prefix = `ep_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(24).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}
