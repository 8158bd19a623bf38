/**
 * The user, API key, web session and token revocation items, and the lists of them
 * (gsi1, gsi2). See docs/data-model.md.
 */
import type { ItemKeys } from '../table/keys.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

/** The gsi1 partition listing every user. */
export const userList = 'USERS';

export const userKeys = (u: { id: string }): ItemKeys => ({
  pk: `USER#${u.id}`,
  sk: 'USER',
  gsi1pk: userList,
  gsi1sk: u.id,
});

export const apiKeyList = 'APIKEYS';

const apiKeyPrefix = 'APIKEY#';

/** The hash of an API key from its item's partition key (the item holds no other copy of it). */
export const apiKeyHashOf = (pk: string): string => pk.slice(apiKeyPrefix.length);

export const apiKeyKeys = (k: { hash: string; signatoryId: string; prefix: string }): ItemKeys => ({
  pk: `${apiKeyPrefix}${k.hash}`,
  sk: 'APIKEY',
  gsi1pk: signatoryRecords(k.signatoryId, apiKeyList),
  gsi1sk: k.prefix,
  gsi2pk: apiKeyList,
  gsi2sk: k.prefix,
});

/**
 * A signed-in person's session on the web, by the SHA-256 of the random id in their
 * cookie: the table never holds an id that would open the session.
 */
export const webSessionKeys = (s: { hash: string }): ItemKeys => ({ pk: `SESSION#${s.hash}`, sk: 'SESSION' });

/** When a person's tokens were last revoked (sign-out, disable, change of role): older tokens are refused. */
export const tokenRevocationKeys = (r: { userId: string }): ItemKeys => ({
  pk: `REVOKED#${r.userId}`,
  sk: 'REVOKED',
});
