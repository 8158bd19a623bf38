/** The token revocation's keys and read, offline, and its write and read against the local store. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';
import type { Store } from '../table/store.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  getTokenRevocation,
  putTokenRevocation,
  revocationLifetimeSeconds,
  tokenRevocationKeys,
} from './token-revocation-entity.ts';
import { userKeys } from './user-entity.ts';
import { webSessionKeys } from './web-session-entity.ts';

describe('token revocation keys', () => {
  it('keep sessions, revocations and users apart, even for the same string', () => {
    const pks = [
      webSessionKeys({ hash: 'same' }).pk,
      tokenRevocationKeys({ userId: 'same' }).pk,
      userKeys({ id: 'same' }).pk,
    ];
    expect(new Set(pks).size).toBe(3);
  });

  it('are read for the time of the revocation alone', async () => {
    const sent: Record<string, unknown>[] = [];
    const store = {
      tableName: 't',
      client: {
        send: (command: { input: Record<string, unknown> }) => {
          sent.push(command.input);
          return Promise.resolve({ Item: { revokedAt: '2026-05-15T12:00:00.000Z' } });
        },
      },
    } as unknown as Store;
    await expect(getTokenRevocation(store, 'demo-reviewer')).resolves.toBe(Date.parse('2026-05-15T12:00:00.000Z'));
    expect(sent).toEqual([
      {
        TableName: 't',
        Key: primaryKey(tokenRevocationKeys({ userId: 'demo-reviewer' })),
        ProjectionExpression: 'revokedAt',
      },
    ]);
  });
});

describe('a person’s token revocation in the table', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('token-revocation-entity');
  });
  afterAll(() => store.drop());

  const stored = async (userId: string) =>
    (await store.client.send(new GetCommand({ TableName: store.tableName, Key: tokenRevocationKeys({ userId }) })))
      .Item;

  it('holds the time of the last revocation, to the millisecond, and expires a day after it', async () => {
    const at = Date.parse('2026-05-15T12:00:00.250Z');
    await putTokenRevocation(store, 'demo-reviewer', at);
    await expect(getTokenRevocation(store, 'demo-reviewer')).resolves.toBe(at);
    expect(await stored('demo-reviewer')).toMatchObject({
      entity: 'token-revocation',
      userId: 'demo-reviewer',
      revokedAt: '2026-05-15T12:00:00.250Z',
      // Rounded up to the second after: never removed before a day has passed.
      [timeToLiveAttribute]: Date.parse('2026-05-15T12:00:01Z') / 1000 + revocationLifetimeSeconds,
    });
    expect(revocationLifetimeSeconds).toBe(24 * 60 * 60);

    const later = Date.parse('2026-05-15T13:30:00.000Z');
    await putTokenRevocation(store, 'demo-reviewer', later);
    await expect(getTokenRevocation(store, 'demo-reviewer')).resolves.toBe(later);
  });

  it('is absent for a person never revoked, and for an item without a readable time', async () => {
    await expect(getTokenRevocation(store, 'never-revoked')).resolves.toBeUndefined();
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...tokenRevocationKeys({ userId: 'garbled' }), entity: 'token-revocation', revokedAt: 'yesterday' },
      }),
    );
    await expect(getTokenRevocation(store, 'garbled')).resolves.toBeUndefined();
  });
});
