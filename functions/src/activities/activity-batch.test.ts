import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { createApp } from '../http/app.ts';
import { partnershipKeys } from '../partnership/partnership-entity.ts';
import { signatoryList } from '../signatories/signatory-entity.ts';
import type { Store } from '../table/index.ts';
import { council, createApiFixture, demoToday, newActivity, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('activity-batch');
});
afterAll(() => api.drop());

/** The store, with every request to it counted by what it reads. */
function countingStore(store: Store) {
  const reads = { partnership: 0, signatoryLists: 0 };
  const send = (command: { input: Record<string, unknown> }) => {
    const text = JSON.stringify(command.input);
    if (text.includes(`"pk":"${partnershipKeys().pk}"`)) reads.partnership += 1;
    if (text.includes(`"${signatoryList}"`)) reads.signatoryLists += 1;
    return store.client.send(command as never);
  };
  return { store: { ...store, client: { send } as unknown as Store['client'] }, reads };
}

describe('POST /api/v1/activities:batch', () => {
  it('creates each valid item, rejects each bad one on its own, and reads the partnership and signatories once', async () => {
    const { store, reads } = countingStore(api.store);
    const dev = devSignIn(api.store);
    const app = createApp({ store, version: 'test', today: () => demoToday, authenticators: [dev.authenticator] });
    const token = await dev.issueToken('demo-council-editor');
    const items = Array.from({ length: 100 }, (_, i) =>
      i === 7 ? newActivity(`batch-${i}`, council, { principles: ['be-nice'] }) : newActivity(`batch-${i}`),
    );
    reads.partnership = 0;
    reads.signatoryLists = 0;
    const response = await app.request('/api/v1/activities:batch', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ items }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { created: number; rejected: number; results: { status: number }[] };
    expect(body.created).toBe(99);
    expect(body.rejected).toBe(1);
    expect(body.results[7]?.status).toBe(422);
    // What every item is checked against is read once for the batch, not once per item.
    expect(reads.partnership).toBe(1);
    expect(reads.signatoryLists).toBe(1);
  });

  it('refuses an item for another organisation before reading what it refers to', async () => {
    const response = await api.call('councilEditor', 'POST', '/api/v1/activities:batch', {
      body: { items: [newActivity('elsewhere-1', 'no-such-signatory')] },
    });
    const body = (await response.json()) as { results: { status: number }[] };
    expect(body.results[0]?.status).toBe(403);
  });
});
