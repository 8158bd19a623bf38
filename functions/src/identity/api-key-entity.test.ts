/**
 * The API key's keys, offline, and its requests against the local store: storing a key
 * issued, finding it by hash, recording its last use, listing and revoking it.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ApiKeySummary } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatoryRecords } from '../signatories/signatory-entity.ts';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  apiKeyHashOf,
  apiKeyKeys,
  apiKeyList,
  createApiKey,
  getApiKey,
  listApiKeysOfPartnership,
  listApiKeysOfSignatory,
  markApiKeyRevoked,
  recordApiKeyUse,
} from './api-key-entity.ts';

describe('API key keys', () => {
  it('address an API key by its hash, and list it by its visible prefix for its signatory and for the partnership', () => {
    const key = apiKeyKeys({ hash: 'f00d', signatoryId: 'sig-a', prefix: 'ep_abcd' });
    expect(key.pk).toContain('f00d');
    expect(key.pk).not.toContain('ep_abcd');
    expect(apiKeyHashOf(key.pk)).toBe('f00d');
    expect(key).toMatchObject({
      gsi1pk: signatoryRecords('sig-a', apiKeyList),
      gsi1sk: 'ep_abcd',
      gsi2pk: apiKeyList,
      gsi2sk: 'ep_abcd',
    });
  });
});

const summary = (prefix: string, signatoryId = 'sig-a'): ApiKeySummary => ({
  signatoryId,
  label: `Key ${prefix}`,
  prefix,
  createdAt: '2026-05-01T09:00:00.000Z',
  createdBy: 'user:demo-board-admin',
  revoked: false,
});

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('api-key-entity');
});
afterAll(() => store.drop());

const stored = async (hash: string) =>
  (
    await store.client.send(
      new GetCommand({
        TableName: store.tableName,
        Key: primaryKey(apiKeyKeys({ hash, signatoryId: '', prefix: '' })),
      }),
    )
  ).Item;

describe('storing a key issued', () => {
  it('stores its summary under its hash at version 1, in its signatory’s list and the partnership’s', async () => {
    await createApiKey(store, 'hash-store', summary('ep_00000001'));
    expect(await stored('hash-store')).toEqual({
      ...summary('ep_00000001'),
      ...apiKeyKeys({ hash: 'hash-store', signatoryId: 'sig-a', prefix: 'ep_00000001' }),
      entity: 'api-key',
      version: 1,
    });
    await expect(getApiKey(store, 'hash-store')).resolves.toEqual({ ...summary('ep_00000001'), version: 1 });
    await expect(getApiKey(store, 'no-such-hash')).resolves.toBeUndefined();
  });

  it('refuses a second key with the same hash, and keeps the first', async () => {
    await createApiKey(store, 'hash-twice', summary('ep_00000002'));
    await expect(createApiKey(store, 'hash-twice', summary('ep_00000003'))).rejects.toMatchObject({
      name: 'ConditionalCheckFailedException',
    });
    await expect(getApiKey(store, 'hash-twice')).resolves.toMatchObject({ prefix: 'ep_00000002' });
  });
});

describe('recording a key’s last use', () => {
  it('writes the time when none is recorded, or the one recorded is not after the cut-off', async () => {
    await createApiKey(store, 'hash-use', summary('ep_00000010'));
    await expect(
      recordApiKeyUse(store, 'hash-use', '2026-05-15T12:00:00.000Z', '2026-05-15T11:59:00.000Z'),
    ).resolves.toBe(true);
    await expect(getApiKey(store, 'hash-use')).resolves.toMatchObject({ lastUsedAt: '2026-05-15T12:00:00.000Z' });
    // Recorded after the cut-off: left alone.
    await expect(
      recordApiKeyUse(store, 'hash-use', '2026-05-15T12:00:30.000Z', '2026-05-15T11:59:30.000Z'),
    ).resolves.toBe(false);
    await expect(getApiKey(store, 'hash-use')).resolves.toMatchObject({ lastUsedAt: '2026-05-15T12:00:00.000Z' });
    // Recorded exactly at the cut-off: written.
    await expect(
      recordApiKeyUse(store, 'hash-use', '2026-05-15T12:01:00.000Z', '2026-05-15T12:00:00.000Z'),
    ).resolves.toBe(true);
    await expect(getApiKey(store, 'hash-use')).resolves.toMatchObject({ lastUsedAt: '2026-05-15T12:01:00.000Z' });
  });

  it('writes it once when many requests record the same use at once', async () => {
    await createApiKey(store, 'hash-race', summary('ep_00000011'));
    const written = await Promise.all(
      Array.from({ length: 8 }, () =>
        recordApiKeyUse(store, 'hash-race', '2026-05-15T12:00:00.000Z', '2026-05-15T11:59:00.000Z'),
      ),
    );
    expect(written.filter(Boolean)).toHaveLength(1);
  });

  it('writes nothing for a key that does not exist: no item appears', async () => {
    await expect(
      recordApiKeyUse(store, 'hash-gone', '2026-05-15T12:00:00.000Z', '2026-05-15T11:59:00.000Z'),
    ).resolves.toBe(false);
    expect(await stored('hash-gone')).toBeUndefined();
  });
});

describe('the lists of keys', () => {
  let listStore: TestStore;
  beforeAll(async () => {
    listStore = await createTestStore('api-key-entity-lists');
    // Written out of order, with the fields a revocation adds to one of them.
    await createApiKey(listStore, 'h-b2', summary('ep_000000b2', 'sig-b'));
    await createApiKey(listStore, 'h-a2', summary('ep_000000a2'));
    await createApiKey(listStore, 'h-a1', summary('ep_000000a1'));
    await markApiKeyRevoked(listStore, 'ep_000000a2', '2026-05-02T09:00:00.000Z', 'user:demo-board-admin');
  });
  afterAll(() => listStore.drop());

  it('give a signatory’s keys by prefix, as summaries without keys, versions or stamps', async () => {
    const keys = await listApiKeysOfSignatory(listStore, 'sig-a');
    expect(keys).toEqual([
      summary('ep_000000a1'),
      { ...summary('ep_000000a2'), revoked: true, revokedAt: '2026-05-02T09:00:00.000Z' },
    ]);
    await expect(listApiKeysOfSignatory(listStore, 'sig-c')).resolves.toEqual([]);
  });

  it('give the partnership’s keys by prefix, every signatory’s', async () => {
    expect((await listApiKeysOfPartnership(listStore)).map((k) => k.prefix)).toEqual([
      'ep_000000a1',
      'ep_000000a2',
      'ep_000000b2',
    ]);
  });

  it('give the first 200 keys', async () => {
    const many = await createTestStore('api-key-entity-many');
    try {
      const keys = Array.from({ length: 201 }, (_, i) => summary(`ep_${String(i).padStart(8, '0')}`));
      await batchPut(
        many,
        keys.map((k) => ({
          ...k,
          ...apiKeyKeys({ hash: `h-${k.prefix}`, signatoryId: k.signatoryId, prefix: k.prefix }),
          entity: 'api-key',
        })),
      );
      const all = await listApiKeysOfPartnership(many);
      expect(all).toHaveLength(200);
      expect(all.at(-1)?.prefix).toBe('ep_00000199');
      await expect(listApiKeysOfSignatory(many, 'sig-a')).resolves.toHaveLength(200);
    } finally {
      await many.drop();
    }
  });
});

describe('revoking a key by its prefix', () => {
  it('marks it revoked, when and by whom, one version on each time', async () => {
    await createApiKey(store, 'hash-revoke', summary('ep_00000020'));
    await expect(
      markApiKeyRevoked(store, 'ep_00000020', '2026-05-15T12:00:00.000Z', 'user:demo-board-admin'),
    ).resolves.toBe(true);
    expect(await stored('hash-revoke')).toMatchObject({
      revoked: true,
      revokedAt: '2026-05-15T12:00:00.000Z',
      updatedAt: '2026-05-15T12:00:00.000Z',
      updatedBy: 'user:demo-board-admin',
      version: 2,
      createdBy: 'user:demo-board-admin',
    });
    await markApiKeyRevoked(store, 'ep_00000020', '2026-05-15T12:05:00.000Z', 'user:other-admin');
    expect(await stored('hash-revoke')).toMatchObject({ updatedBy: 'user:other-admin', version: 3 });
  });

  it('answers false and writes nothing when no key has the prefix', async () => {
    await createApiKey(store, 'hash-kept', summary('ep_00000021'));
    await expect(
      markApiKeyRevoked(store, 'ep_00000022', '2026-05-15T12:00:00.000Z', 'user:demo-board-admin'),
    ).resolves.toBe(false);
    await expect(getApiKey(store, 'hash-kept')).resolves.toMatchObject({ revoked: false, version: 1 });
  });
});
