/**
 * A signatory's public loops and challenges called directly, with no HTTP: for anyone,
 * 404 for a signatory that does not exist, and the partnership's settings read only when
 * the caller has not read them already. What the public may read of each record is tested
 * over HTTP in ./public-records.test.ts.
 */
import { publicPrincipal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemError } from '../http/problem.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { getPartnership, partnershipKeys, type PartnershipView } from '../partnership/partnership-entity.ts';
import type { Store } from '../table/index.ts';
import { council, demoToday } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { publicChallengesOf, publicLoopsOf } from './public-record-queries.ts';

let store: TestStore;
let partnership: PartnershipView;
beforeAll(async () => {
  store = await createTestStore('public-record-queries');
  await loadDemoPartnership(store, demoToday);
  partnership = (await getPartnership(store))!;
});
afterAll(() => store.drop());

/** Dependencies on a store that counts the reads of the partnership sent to it. */
function counted() {
  let reads = 0;
  const key = JSON.stringify(partnershipKeys());
  const send = (command: { input: Record<string, unknown> }) => {
    if (JSON.stringify(command.input).includes(key)) reads += 1;
    return store.client.send(command as never);
  };
  const client = { send } as unknown as Store['client'];
  return { deps: { store: { ...store, client }, today: () => demoToday }, reads: () => reads };
}

describe('a signatory’s public records', () => {
  it('are for anyone, with the partnership read only when the caller has not', async () => {
    const { deps, reads } = counted();
    const loops = await publicLoopsOf(deps, publicPrincipal, { id: council });
    const challenges = await publicChallengesOf(deps, publicPrincipal, { id: council });
    expect(reads()).toBe(2);
    expect(loops.items.length).toBeGreaterThan(0);
    expect(loops.items.every((loop) => typeof loop.overdue === 'boolean')).toBe(true);
    expect(await publicLoopsOf(deps, publicPrincipal, { id: council, partnership })).toEqual(loops);
    expect(await publicChallengesOf(deps, publicPrincipal, { id: council, partnership })).toEqual(challenges);
    expect(reads()).toBe(2);
  });

  it('are 404 for a signatory that does not exist, and 400 for an id that cannot be one', async () => {
    for (const query of [publicLoopsOf, publicChallengesOf]) {
      const missing = await query({ store, today: () => demoToday }, publicPrincipal, {
        id: 'no-such-signatory',
      }).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(ProblemError);
      expect((missing as ProblemError).problem.status).toBe(404);
      const bad = await query({ store, today: () => demoToday }, publicPrincipal, { id: '' }).catch((e: unknown) => e);
      expect((bad as ProblemError).problem.status).toBe(400);
    }
  });
});
