/** The signatory's keys, offline, and the list of every signatory against the local store. */
import type { Signatory } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityList } from '../activities/activity-entity.ts';
import { loopList } from '../loops/loop-entity.ts';
import { signatoryRollupKeys } from '../rollups/rollup-entity.ts';
import { standingKeys } from '../rollups/standing-entity.ts';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  listSignatories,
  signatoryIdOf,
  signatoryItem,
  signatoryKeys,
  signatoryKind,
  signatoryRecords,
} from './signatory-entity.ts';

describe('signatory keys', () => {
  it('give back the signatory’s id from every key that starts with its prefix', () => {
    for (const id of ['oakfield-special-school', 'a#b', 'x']) {
      expect(signatoryIdOf(signatoryKeys({ id }).pk)).toBe(id);
      expect(signatoryIdOf(signatoryRollupKeys({ signatoryId: id, month: '2026-04' }).sk)).toBe(id);
      expect(signatoryIdOf(standingKeys({ signatoryId: id }).sk)).toBe(id);
    }
  });

  it('give each signatory’s records of each kind a list of their own', () => {
    const lists = new Set(
      ['sig-a', 'sig-b'].flatMap((id) => [activityList, loopList].map((kind) => signatoryRecords(id, kind))),
    );
    expect(lists.size).toBe(4);
    expect(signatoryRecords('sig-a', loopList).startsWith(signatoryKeys({ id: 'sig-a' }).pk)).toBe(true);
  });

  it('give the record kind its key and the item its entity', () => {
    expect(signatoryKind.keyOf('x')).toEqual(primaryKey(signatoryKeys({ id: 'x' })));
    expect(signatoryItem({ id: 'x' } as Signatory)).toMatchObject({
      ...signatoryKeys({ id: 'x' }),
      entity: 'signatory',
    });
  });
});

describe('every signatory', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('signatory-entity');
    const ids = ['m-school', 'a-council', 'z-forum', 'b-health'];
    await batchPut(
      store,
      ids.map((id) => signatoryItem({ id, name: id } as Signatory)),
    );
  });
  afterAll(() => store.drop());

  it('are listed in order of id, without their keys', async () => {
    const found = await listSignatories(store);
    expect(found.map((s) => s.id)).toEqual(['a-council', 'b-health', 'm-school', 'z-forum']);
    expect(found[0]).toStrictEqual({ id: 'a-council', name: 'a-council' });
  });
});
