import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from './api-keys.ts';

describe('API keys', () => {
  it('starts with its visible prefix and hashes to the stored hash', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key);
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 100 }, () => generateApiKey().key));
    expect(keys.size).toBe(100);
  });
});
