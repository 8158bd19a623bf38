/**
 * Writes under DynamoDB's faults (test/support/faults.ts): throttled calls, answers lost
 * after the write was applied, batch items left unprocessed, and a process that stops
 * between a record's write and its rollups. Whatever a client was told succeeded is
 * stored exactly once, retries with the same id or Idempotency-Key get the original
 * answer, no rollup counts anything twice, and after reconcile every rollup equals the
 * recompute from the records.
 *
 * `npm test` runs a small size; `npm run test:faults` runs more writes (FAULT_WRITES).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPartnership, importPartnership } from '@equal-partners/functions/backup';
import { readSignatoryRollups } from '@equal-partners/functions/rollups/read-rollups';
import { reconcile } from '@equal-partners/functions/rollups/reconcile';
import { council, createApiFixture, newActivity, type ApiFixture } from '@equal-partners/functions/testing/api-fixture';
import { createTestStore, type TestStore } from '@equal-partners/functions/testing';
import { injectFaults } from '../support/faults.ts';

const writes = Number(process.env.FAULT_WRITES ?? 12);
const seed = Number(process.env.FAULT_SEED ?? 20261202);
const month = '2026-05';

const cleanUp: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanUp.splice(0).map((drop) => drop()));
});

interface Answer {
  status: number;
  body: unknown;
}

/**
 * Posts as a client with retries would, with one Idempotency-Key throughout: again after
 * a server error or a 429, and after the wait Retry-After asks for while the key's first
 * attempt is taken to be still in progress.
 */
async function postWithRetries(
  fixture: ApiFixture,
  body: unknown,
  key: string,
): Promise<Answer & { attempts: number }> {
  for (let attempts = 1; ; attempts += 1) {
    const response = await fixture.call('councilEditor', 'POST', '/api/v1/activities', {
      body,
      headers: { 'idempotency-key': key },
    });
    const answer = { status: response.status, body: (await response.json()) as { type?: string }, attempts };
    const inProgress = response.status === 409 && answer.body.type?.endsWith('/request-in-progress') === true;
    if (inProgress) {
      const seconds = Number(response.headers.get('retry-after'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
    if ((response.status < 500 && response.status !== 429 && !inProgress) || attempts === 10) return answer;
  }
}

/** Runs `task` for each of `items`, `concurrency` at a time. */
async function eachAtOnce<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** The council's activities, and their count, as the stored rollup of the month says. */
async function rollupCount(fixture: ApiFixture): Promise<number> {
  return (await readSignatoryRollups(fixture.store, council, [month])).get(month)!.activities.activities;
}

/** Every activity of the council stored in the month, by id, read from the records themselves. */
async function storedIds(fixture: ApiFixture): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ signatoryId: council, from: `${month}-01`, to: `${month}-31`, limit: '200' });
    if (cursor) query.set('cursor', cursor);
    const response = await fixture.call('admin', 'GET', `/api/v1/activities?${query}`);
    const page = (await response.json()) as { items: { id: string }[]; nextCursor?: string };
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('writes while DynamoDB throttles and loses answers', () => {
  it('stores every write a client was told succeeded exactly once, and answers a retry with the original', async () => {
    const fixture = await createApiFixture('faults-writes');
    cleanUp.push(() => fixture.drop());
    const before = await storedIds(fixture);
    const faults = injectFaults(fixture.store.client, { seed, throttle: 0.15, timeout: 0.1 });

    const requests = Array.from({ length: writes }, (_, i) => ({
      key: randomUUID(),
      body: newActivity(`fault-${i}`, council, { date: `${month}-${String(1 + (i % 14)).padStart(2, '0')}` }),
    }));
    const answers = new Map<string, Answer & { attempts: number }>();
    await eachAtOnce(requests, 4, async ({ key, body }) => {
      answers.set(key, await postWithRetries(fixture, body, key));
    });
    faults.stop();

    // The faults did strike, and the clients still got an answer for everything.
    expect(faults.struck.throttle + faults.struck.timeout).toBeGreaterThan(0);
    for (const answer of answers.values()) expect([200, 201], JSON.stringify(answer)).toContain(answer.status);

    // Each stored once: the new ids are there, once each, and nothing else was added.
    const after = await storedIds(fixture);
    const added = after.filter((id) => !before.includes(id)).sort();
    expect(added).toEqual(requests.map((r) => r.body.id).sort());

    // Each record's audit trail says it was created once.
    for (const { body } of requests.slice(0, 6)) {
      const trail = await fixture.call('admin', 'GET', `/api/v1/audit/activity/${body.id}`);
      const { items } = (await trail.json()) as { items: { action: string }[] };
      expect(items.filter((e) => e.action === 'create')).toHaveLength(1);
    }

    // A retry with the same Idempotency-Key gets the original answer.
    for (const { key, body } of requests) {
      const original = answers.get(key)!;
      const replay = await postWithRetries(fixture, body, key);
      expect(replay.status).toBe(original.status);
      expect(replay.body).toEqual(original.body);
    }

    // No rollup counts anything twice; answers lost after a write may leave it behind, and reconcile catches it up.
    const stored = await rollupCount(fixture);
    expect(stored).toBeLessThanOrEqual(after.length);
    await reconcile(fixture.store);
    expect(await rollupCount(fixture)).toBe(after.length);
    expect((await reconcile(fixture.store)).drifted).toEqual([]);
  });
});

describe('a process that stops between a record write and its rollups', () => {
  it('leaves the record stored once and the rollups behind, never ahead; reconcile, or the client retrying, catches them up', async () => {
    const fixture = await createApiFixture('faults-crash');
    cleanUp.push(() => fixture.drop());
    const deliver = fixture.store.onChange!;
    const countedBefore = await rollupCount(fixture);
    // The first write's change is lost, as if the process stopped right after the record was written.
    let crashes = 1;
    fixture.store.onChange = async (changes) => {
      if (crashes > 0) {
        crashes -= 1;
        throw new Error('Injected: the process stopped before the rollups were updated.');
      }
      await deliver(changes);
    };
    const body = newActivity('fault-crash', council, { date: `${month}-03` });
    const first = await fixture.call('councilEditor', 'POST', '/api/v1/activities', { body });
    expect(first.status).toBe(500);
    expect((await storedIds(fixture)).filter((id) => id === 'fault-crash')).toHaveLength(1);

    // The rollup missed the activity rather than counting it twice; reconcile counts it once.
    expect(await rollupCount(fixture)).toBe(countedBefore);
    const report = await reconcile(fixture.store);
    expect(report.drifted.length).toBeGreaterThan(0);
    expect(await rollupCount(fixture)).toBe(countedBefore + 1);

    // The client, told nothing succeeded, sends it again: the original answers, counted once, audited once.
    const retried = await postWithRetries(fixture, body, randomUUID());
    expect(retried.status).toBe(200);
    expect((retried.body as { id?: string }).id).toBe('fault-crash');
    expect(await rollupCount(fixture)).toBe(countedBefore + 1);
    const trail = await fixture.call('admin', 'GET', '/api/v1/audit/activity/fault-crash');
    const { items } = (await trail.json()) as { items: { action: string }[] };
    expect(items.map((e) => e.action)).toEqual(['create']);
    expect((await reconcile(fixture.store)).drifted).toEqual([]);
  });
});

describe('a restore whose batch writes are left partly unprocessed', () => {
  it('restores every item exactly once: the export after it is identical', async () => {
    const fixture = await createApiFixture('faults-restore-from');
    cleanUp.push(() => fixture.drop());
    const lines = await exportPartnership(fixture.store);
    const target: TestStore = await createTestStore('faults-restore-to');
    cleanUp.push(() => target.drop());
    const faults = injectFaults(target.client, { seed, unprocessed: 0.3 });
    await importPartnership(target, lines);
    faults.stop();
    expect(faults.struck.unprocessed).toBeGreaterThan(0);
    expect(await exportPartnership(target)).toEqual(lines);
  });
});
