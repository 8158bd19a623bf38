/** The rollup, segment and standing keys, offline: a month in one partition, read back to its month. */
import { describe, expect, it } from 'vitest';
import { signatoryIdOf } from '../signatories/signatory-entity.ts';
import {
  monthOfPartition,
  monthPartition,
  partnershipRollupKeys,
  rollupSegmentKeys,
  signatoryRollupKeys,
  signatoryRollupPrefix,
  standingKeys,
  standingPartition,
} from './rollup-entity.ts';

describe('rollup keys', () => {
  it('give back the month of the partition they build', () => {
    for (const month of ['2026-01', '2025-12', '1999-07']) expect(monthOfPartition(monthPartition(month))).toBe(month);
  });

  it('keep every rollup of a month, the signatories’ and the partnership’s, in one partition', () => {
    const month = '2026-04';
    const keys = [
      signatoryRollupKeys({ signatoryId: 'sig-a', month }),
      signatoryRollupKeys({ signatoryId: 'sig-b', month }),
      partnershipRollupKeys({ month }),
    ];
    expect(new Set(keys.map((k) => k.pk))).toEqual(new Set([monthPartition(month)]));
    expect(new Set(keys.map((k) => k.sk)).size).toBe(3);
    expect(signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-05' }).pk).not.toBe(monthPartition(month));
  });

  it('find the signatories’ rollups of a month by their sort key prefix, not the partnership’s or the segments', () => {
    const month = '2026-04';
    const signatory = signatoryRollupKeys({ signatoryId: 'sig-a', month });
    const partnership = partnershipRollupKeys({ month });
    const startsWithPrefix = (k: { sk: string }) => k.sk.startsWith(signatoryRollupPrefix);
    expect(startsWithPrefix(signatory)).toBe(true);
    expect(signatoryIdOf(signatory.sk)).toBe('sig-a');
    expect(startsWithPrefix(partnership)).toBe(false);
    expect(startsWithPrefix(rollupSegmentKeys(signatory))).toBe(false);
  });

  it('keep a rollup’s segments beside it, in the same partition, apart from it', () => {
    for (const rollup of [
      signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-04' }),
      partnershipRollupKeys({ month: '2026-04' }),
    ]) {
      const segments = rollupSegmentKeys(rollup);
      expect(segments.pk).toBe(rollup.pk);
      expect(segments.sk).not.toBe(rollup.sk);
      expect(segments.sk.endsWith(rollup.sk)).toBe(true);
    }
  });

  it('keep every signatory’s standing in one partition', () => {
    const standings = ['sig-a', 'sig-b'].map((signatoryId) => standingKeys({ signatoryId }));
    expect(new Set(standings.map((k) => k.pk))).toEqual(new Set([standingPartition]));
    expect(standings.map((k) => signatoryIdOf(k.sk))).toEqual(['sig-a', 'sig-b']);
  });
});
