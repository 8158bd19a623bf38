/**
 * Sessions of people signed in to the web pages, kept on the server: the browser holds
 * only a random id (256 bits from node:crypto) in its cookie, and the table holds what
 * the session needs under the SHA-256 of that id: the access token, Cognito's refresh
 * token when there is one, and the name to greet the person by. A session is refused
 * once `expiresAt` has passed, whether or not DynamoDB's TTL has removed it yet, and
 * deleted when the person signs out, so a copied cookie stops working then.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../table/index.ts';
import { createWebSession, deleteWebSession, getWebSession, setWebSessionToken } from './web-session-entity.ts';

/** What a session holds, as the pages use it. */
export interface WebSession {
  /** The random id in the cookie. */
  id: string;
  /** The bearer token every API call of the session sends. */
  token: string;
  /** Cognito's refresh token, which renews `token` when it expires. */
  refreshToken?: string;
  /** How to greet the person: a name or an e-mail address, never used for decisions. */
  name: string;
  createdAt: string;
  expiresAt: string;
}

export interface WebSessions {
  /** Stores a new session for `lifetimeSeconds` and returns it with its id. */
  start(session: Pick<WebSession, 'token' | 'refreshToken' | 'name'>, lifetimeSeconds: number): Promise<WebSession>;
  /** The session with this id, or `undefined` when there is none or it has expired. */
  read(id: string): Promise<WebSession | undefined>;
  /** Keeps a renewed access token in the session. */
  renew(id: string, token: string): Promise<void>;
  /** Deletes the session: its id opens nothing any more. */
  end(id: string): Promise<void>;
}

/** A session id as `start` makes them: 32 random bytes, base64url. Anything else is not looked up. */
const idPattern = /^[A-Za-z0-9_-]{43}$/;

/** What the table stores a session under: the hash of its id, never the id. */
const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url');

export function webSessions(store: Store, now: () => Date = () => new Date()): WebSessions {
  return {
    start: async ({ token, refreshToken, name }, lifetimeSeconds) => {
      const id = randomBytes(32).toString('base64url');
      const created = now();
      const expires = new Date(created.getTime() + lifetimeSeconds * 1000);
      const session: WebSession = {
        id,
        token,
        ...(refreshToken ? { refreshToken } : {}),
        name,
        createdAt: created.toISOString(),
        expiresAt: expires.toISOString(),
      };
      const { id: _id, ...stored } = session;
      await createWebSession(store, hashOf(id), stored);
      return session;
    },
    read: async (id) => {
      if (!idPattern.test(id)) return undefined;
      const stored = await getWebSession(store, hashOf(id));
      if (!stored) return undefined;
      // DynamoDB removes expired items within a few days, not at once: the session ends at its time regardless.
      if (!(Date.parse(stored.expiresAt) > now().getTime())) return undefined;
      return { id, ...stored };
    },
    renew: async (id, token) => {
      if (!idPattern.test(id)) return;
      // A session ended meanwhile stays ended: nothing is written.
      await setWebSessionToken(store, hashOf(id), token);
    },
    end: async (id) => {
      if (!idPattern.test(id)) return;
      await deleteWebSession(store, hashOf(id));
    },
  };
}
