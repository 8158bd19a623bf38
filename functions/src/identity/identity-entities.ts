/**
 * The user, API key, web session and token revocation items, and the lists of them
 * (gsi1, gsi2). See docs/data-model.md.
 */
import { type ItemKeys, keyWord } from '../table/keys.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** The gsi1 partition listing every user. */
export const userList = keyWord('USERS', layout);
const userWord = keyWord('USER', layout);

export const userKeys = (u: { id: string }): ItemKeys => ({
  pk: `${userWord}#${u.id}`,
  sk: userWord,
  gsi1pk: userList,
  gsi1sk: u.id,
});

export const apiKeyList = keyWord('APIKEYS', layout);

const apiKeyWord = keyWord('APIKEY', layout);
const apiKeyPrefix = `${apiKeyWord}#`;

/** The hash of an API key from its item's partition key (the item holds no other copy of it). */
export const apiKeyHashOf = (pk: string): string => pk.slice(apiKeyPrefix.length);

export const apiKeyKeys = (k: { hash: string; signatoryId: string; prefix: string }): ItemKeys => ({
  pk: `${apiKeyPrefix}${k.hash}`,
  sk: apiKeyWord,
  gsi1pk: signatoryRecords(k.signatoryId, apiKeyList),
  gsi1sk: k.prefix,
  gsi2pk: apiKeyList,
  gsi2sk: k.prefix,
});

/**
 * A signed-in person's session on the web, by the SHA-256 of the random id in their
 * cookie: the table never holds an id that would open the session.
 */
export const webSessionKeys = (s: { hash: string }): ItemKeys => ({
  pk: `${keyWord('SESSION', layout)}#${s.hash}`,
  sk: keyWord('SESSION', layout),
});

/** When a person's tokens were last revoked (sign-out, disable, change of role): older tokens are refused. */
export const tokenRevocationKeys = (r: { userId: string }): ItemKeys => ({
  pk: `${keyWord('REVOKED', layout)}#${r.userId}`,
  sk: keyWord('REVOKED', layout),
});
