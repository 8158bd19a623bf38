/**
 * The rollup items: a signatory's and the partnership's figures per month, their totals
 * per channel and audience, and each signatory's standing. See docs/data-model.md and
 * decision 0102.
 */
import { type ItemKeys, keyWord } from '../table/keys.ts';
import { signatoryPrefix } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

const rollupPrefix = `${keyWord('ROLLUP', layout)}#`;

/** Every rollup of a month shares one partition, so a month reads in one query. */
export const monthPartition = (month: string): string => `${rollupPrefix}${month}`;

/** The month of a rollup partition key. */
export const monthOfPartition = (pk: string): string => pk.slice(rollupPrefix.length);

/** The sort key prefix of the signatories' rollups in a month's partition. */
export const signatoryRollupPrefix = signatoryPrefix;

/** A signatory's monthly rollup. */
export const signatoryRollupKeys = (r: { signatoryId: string; month: string }): ItemKeys => ({
  pk: monthPartition(r.month),
  sk: `${signatoryPrefix}${r.signatoryId}`,
});

/** The partnership's monthly rollup: the sum of its signatories' rollups of that month. */
export const partnershipRollupKeys = (r: { month: string }): ItemKeys => ({
  pk: monthPartition(r.month),
  sk: keyWord('PARTNERSHIP', layout),
});

/** A rollup's totals per channel and audience, kept apart so unfiltered reads never load them. */
export const rollupSegmentKeys = (rollup: ItemKeys): ItemKeys => ({
  pk: rollup.pk,
  sk: `${keyWord('SEGMENTS', layout)}#${rollup.sk}`,
});

/** The partition holding every signatory's standing. */
export const standingPartition = keyWord('STANDING', layout);

/** A signatory's standing (overdue loops, latest scores); all in one partition, read together. */
export const standingKeys = (s: { signatoryId: string }): ItemKeys => ({
  pk: standingPartition,
  sk: `${signatoryPrefix}${s.signatoryId}`,
});
