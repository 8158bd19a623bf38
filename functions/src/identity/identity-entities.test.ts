/** The user, API key, web session and token revocation keys, offline. */
import { describe, expect, it } from 'vitest';
import { signatoryRecords } from '../signatories/signatory-entity.ts';
import {
  apiKeyKeys,
  apiKeyList,
  tokenRevocationKeys,
  userKeys,
  userList,
  webSessionKeys,
} from './identity-entities.ts';

describe('identity keys', () => {
  it('list every user by id in one partition', () => {
    const users = ['zoe', 'ana', 'mo'].map((id) => userKeys({ id }));
    expect(new Set(users.map((k) => k.gsi1pk))).toEqual(new Set([userList]));
    expect(users.map((k) => k.gsi1sk).sort()).toEqual(['ana', 'mo', 'zoe']);
  });

  it('address an API key by its hash, and list it by its visible prefix for its signatory and for the partnership', () => {
    const key = apiKeyKeys({ hash: 'f00d', signatoryId: 'sig-a', prefix: 'ep_abcd' });
    expect(key.pk).toContain('f00d');
    expect(key.pk).not.toContain('ep_abcd');
    expect(key).toMatchObject({
      gsi1pk: signatoryRecords('sig-a', apiKeyList),
      gsi1sk: 'ep_abcd',
      gsi2pk: apiKeyList,
      gsi2sk: 'ep_abcd',
    });
  });

  it('keep sessions, revocations and users apart, even for the same string', () => {
    const pks = [
      webSessionKeys({ hash: 'same' }).pk,
      tokenRevocationKeys({ userId: 'same' }).pk,
      userKeys({ id: 'same' }).pk,
    ];
    expect(new Set(pks).size).toBe(3);
  });
});
