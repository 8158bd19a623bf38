import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterSpanOf } from '@equal-partners/shared';
import { auditTrail } from '../audit/audit-events.ts';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { readSignatoryRollups } from '../rollups/read-rollups.ts';
import { partnershipRollupKeys, rowsKeys, signatoryRollupKeys } from '../rollups/rollup-entity.ts';
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

/**
 * Counts, through the client's own middleware, how often each rollup item's recompute
 * starts: every recompute first claims its item's next generation (`ADD #requested`).
 */
function countRecomputes(store: Store) {
  const claims = new Map<string, number>();
  const name = 'countRecomputes';
  store.client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { Key?: Record<string, unknown>; UpdateExpression?: string };
      if (input.UpdateExpression?.startsWith('ADD #requested') && input.Key) {
        const key = JSON.stringify(input.Key);
        claims.set(key, (claims.get(key) ?? 0) + 1);
      }
      return next(args);
    },
    { step: 'initialize', name, priority: 'high' },
  );
  return {
    of: (keys: { pk: string; sk: string }) => claims.get(JSON.stringify({ pk: keys.pk, sk: keys.sk })) ?? 0,
    stop: () => store.client.middlewareStack.remove(name),
  };
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

  it('recomputes each rollup the batch touches once, counting and auditing every item', async () => {
    const months = ['2026-01', '2026-02', '2026-03'];
    const items = Array.from({ length: 30 }, (_, i) =>
      newActivity(`once-${i}`, council, { date: `${months[i % 3]}-${String(1 + (i % 28)).padStart(2, '0')}` }),
    );
    const before = await readSignatoryRollups(api.store, council, months);
    const recomputes = countRecomputes(api.store);
    try {
      const response = await api.call('councilEditor', 'POST', '/api/v1/activities:batch', { body: { items } });
      expect(((await response.json()) as { created: number }).created).toBe(30);
      for (const month of months) {
        expect(recomputes.of(signatoryRollupKeys({ signatoryId: council, month })), month).toBe(1);
        expect(recomputes.of(partnershipRollupKeys({ month })), month).toBe(1);
      }
      expect(recomputes.of(rowsKeys({ span: quarterSpanOf(months[0]!) }))).toBe(1);
    } finally {
      recomputes.stop();
    }
    const after = await readSignatoryRollups(api.store, council, months);
    for (const month of months)
      expect(after.get(month)!.activities.activities, month).toBe((before.get(month)?.activities.activities ?? 0) + 10);
    const trails = await Promise.all(items.map((item) => auditTrail(api.store, 'activity', item.id)));
    expect(trails.map((trail) => trail.map((event) => event.action))).toEqual(items.map(() => ['create']));
  });

  it('refuses an item for another organisation before reading what it refers to', async () => {
    const response = await api.call('councilEditor', 'POST', '/api/v1/activities:batch', {
      body: { items: [newActivity('elsewhere-1', 'no-such-signatory')] },
    });
    const body = (await response.json()) as { results: { status: number }[] };
    expect(body.results[0]?.status).toBe(403);
  });
});
