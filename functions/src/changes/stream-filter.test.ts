import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditedEntities } from '../audit/audit-events.ts';
import { type ItemKeys } from '../table/keys.ts';
import { aggregatorFilterPattern, changeSources } from './stream-filter.ts';
import { baselineKeys, demoMarkerKeys, partnershipKeys } from '../partnership/partnership-entity.ts';
import { signatoryKeys } from '../signatories/signatory-entity.ts';
import { activityKeys } from '../activities/activity-entity.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { challengeKeys } from '../challenges/challenge-entity.ts';
import { assessmentKeys } from '../assessments/assessment-entity.ts';
import { auditEventKeys } from '../audit/audit-entity.ts';
import { apiKeyKeys } from '../identity/api-key-entity.ts';
import { tokenRevocationKeys } from '../identity/token-revocation-entity.ts';
import { userKeys } from '../identity/user-entity.ts';
import { webSessionKeys } from '../identity/web-session-entity.ts';
import { idempotencyKeys } from '../http/idempotency-entity.ts';
import { partnershipRollupKeys, rollupSegmentKeys, signatoryRollupKeys } from '../rollups/rollup-entity.ts';
import { standingKeys } from '../rollups/standing-entity.ts';

/**
 * Lambda's event filtering, for the rules the pattern uses: an object matches when each of
 * its fields matches, a list when the value equals one of its strings or starts with one of
 * its `{ prefix }` rules. Anything else fails the test rather than being guessed at.
 */
function matches(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern))
    return pattern.some((rule: unknown) => {
      if (typeof rule === 'string') return value === rule;
      if (rule && typeof rule === 'object' && Object.keys(rule).join() === 'prefix')
        return typeof value === 'string' && value.startsWith((rule as { prefix: string }).prefix);
      throw new Error(`Not a filter rule this test knows: ${JSON.stringify(rule)}`);
    });
  if (pattern && typeof pattern === 'object')
    return Object.entries(pattern).every(
      ([field, rule]) =>
        typeof value === 'object' && value !== null && matches(rule, (value as Record<string, unknown>)[field]),
    );
  throw new Error(`Not a filter pattern this test knows: ${JSON.stringify(pattern)}`);
}

/** The stream record of a change to the item with these keys, as Lambda filters it. */
function streamRecord({ pk, sk }: ItemKeys, eventName: 'INSERT' | 'MODIFY' | 'REMOVE' = 'INSERT') {
  return {
    eventName,
    eventSource: 'aws:dynamodb',
    dynamodb: { Keys: { pk: { S: pk }, sk: { S: sk } }, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}

const invokesAggregator = (item: ItemKeys, eventName?: 'INSERT' | 'MODIFY' | 'REMOVE') =>
  matches(aggregatorFilterPattern, streamRecord(item, eventName));

const signatoryId = 'demo-city-council';
/** One item of every kind people enter, by the entity name it carries. */
const entered: Record<string, ItemKeys> = {
  partnership: partnershipKeys(),
  baseline: baselineKeys({ year: 2025 }),
  signatory: signatoryKeys({ id: signatoryId }),
  activity: activityKeys({ id: '01JB7Q2Y0A', signatoryId, date: '2025-03-04' }),
  loop: loopKeys({ id: 'loop-7', signatoryId, raisedOn: '2025-03-04' }),
  assessment: assessmentKeys({ id: 'a_1', signatoryId, period: '2025-26', by: 'reviewer' }),
  challenge: challengeKeys({ id: 'ch-2', signatoryId, raisedOn: '2025-05-01' }),
  'api-key': apiKeyKeys({ hash: 'ab'.repeat(32), signatoryId, prefix: 'ep_1a2b3c' }),
  user: userKeys({ id: 'demo-board-admin' }),
};

/** Items the aggregator and the API write as a consequence of those: none of them may invoke it. */
function derived(id: string): ItemKeys[] {
  const rollup = signatoryRollupKeys({ signatoryId: id, month: '2025-03' });
  const partnershipRollup = partnershipRollupKeys({ month: '2025-03' });
  return [
    rollup,
    partnershipRollup,
    rollupSegmentKeys(rollup),
    rollupSegmentKeys(partnershipRollup),
    standingKeys({ signatoryId: id }),
    ...Object.keys(entered).map((entity) =>
      auditEventKeys({ entity, id, at: '2025-03-04T10:00:00.000Z', version: 1, action: 'create' }),
    ),
    demoMarkerKeys(),
    // Sessions and revocations hold tokens, never records: they must not reach the audit trail.
    webSessionKeys({ hash: id }),
    tokenRevocationKeys({ userId: id }),
    // The Powertools idempotency records (http/middleware/idempotency.ts).
    idempotencyKeys({ hash: 'equal-partners#a1b2c3' }),
  ];
}

describe("the aggregator's stream filter", () => {
  it('has a source for every audited entity, and only those', () => {
    expect(Object.keys(changeSources).sort()).toEqual([...auditedEntities].sort());
    expect(Object.keys(entered).sort()).toEqual([...auditedEntities].sort());
  });

  it('includes every entity the rollups and standings are computed from', () => {
    // shared/src/rollups/buckets.ts: activities and loops by month, loops and assessments for standings,
    // the partnership's loop due days for every standing.
    for (const entity of ['activity', 'loop', 'assessment', 'partnership'])
      expect(changeSources).toHaveProperty(entity);
  });

  it('lets through every change of an item people enter, deletes included', () => {
    for (const [entity, item] of Object.entries(entered))
      for (const event of ['INSERT', 'MODIFY', 'REMOVE'] as const)
        expect(invokesAggregator(item, event), `${entity} ${event}`).toBe(true);
  });

  it('filters out rollups, standings, audit events, idempotency records, sessions, revocations and the demo marker', () => {
    for (const item of derived(signatoryId)) expect(invokesAggregator(item), item.pk).toBe(false);
  });

  it('decides by the kind of item, whatever its ids', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    fc.assert(
      fc.property(id, id, (recordId, owner) => {
        const records = [
          signatoryKeys({ id: recordId }),
          activityKeys({ id: recordId, signatoryId: owner, date: '2025-01-31' }),
          loopKeys({ id: recordId, signatoryId: owner, raisedOn: '2025-01-31' }),
          assessmentKeys({ id: recordId, signatoryId: owner, period: '2025-26', by: 'self' }),
          challengeKeys({ id: recordId, signatoryId: owner, raisedOn: '2025-01-31' }),
          userKeys({ id: recordId }),
        ];
        return records.every((item) => invokesAggregator(item)) && derived(owner).every((i) => !invokesAggregator(i));
      }),
    );
  });

  it("fits Lambda's 4 KB limit for a filter pattern", () => {
    expect(JSON.stringify(aggregatorFilterPattern).length).toBeLessThan(4096);
  });
});
