/**
 * Signs the list cursors the API hands out and binds each to the list it came from, so
 * only a cursor this API issued for the same list is followed: any other, including a
 * well-formed key of another list that the store would refuse, is a 400
 * (docs/decisions/0209).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { originSecretFromEnv } from './middleware/origin-secret.ts';

export interface CursorSigner {
  /** The store's cursor, signed for the list `binding` names. */
  sign(binding: string, cursor: string): string;
  /** The store's cursor if `signed` was issued for `binding`, otherwise undefined. */
  open(binding: string, signed: string): string | undefined;
}

export function cursorSigner(key: Buffer): CursorSigner {
  const mac = (binding: string, cursor: string) =>
    createHmac('sha256', key).update(binding).update('\0').update(cursor).digest();
  return {
    sign: (binding, cursor) => `${cursor}.${mac(binding, cursor).toString('base64url')}`,
    open: (binding, signed) => {
      const dot = signed.lastIndexOf('.');
      if (dot < 0) return undefined;
      const cursor = signed.slice(0, dot);
      const given = Buffer.from(signed.slice(dot + 1), 'base64url');
      const expected = mac(binding, cursor);
      return given.length === expected.length && timingSafeEqual(given, expected) ? cursor : undefined;
    },
  };
}

/** The key of this process, for every API app it builds (the local server's and its pages' alike). */
let processKey: Buffer | undefined;

/**
 * The signing key. Behind CloudFront every function that serves lists (api, and web for its
 * pages) holds the origin secret, so a key derived from it lets any instance follow a
 * cursor another issued. Without it (the local server, tests: one process issues and reads
 * its cursors) a random key of the process's own, so cursors end with the process.
 */
export function cursorKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer {
  const secret = originSecretFromEnv(env);
  if (secret) return createHmac('sha256', secret).update('equal-partners list cursors').digest();
  return (processKey ??= randomBytes(32));
}

/** What a list's cursor is bound to: the resource and every filter, in a fixed order, but not the page size. */
export function listBinding(path: string, query: Record<string, unknown>): string {
  const filters = Object.entries(query)
    .filter(([name, value]) => name !== 'cursor' && name !== 'limit' && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([path, filters]);
}
