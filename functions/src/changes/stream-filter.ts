/**
 * Which of the table's changes invoke the aggregator Lambda. The stream carries every
 * write, including the rollups, standings and audit events the aggregator writes itself
 * and the API's idempotency records. The event source's filter lets through only the
 * items people enter: the ones whose changes are audited (audit/audit-events.ts) and feed
 * the rollups (rollups/apply-changes.ts). Each is matched by its partition key, taken
 * from the entity modules (`*-entity.ts`), so a key that changes there changes the filter with it.
 */
import { tableKeys } from '../table/table-definition.ts';
import { baselineKeys, partnershipKeys } from '../partnership/partnership-entity.ts';
import { signatoryKeys } from '../signatories/signatory-entity.ts';
import { activityKeys } from '../activities/activity-entity.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { challengeKeys } from '../challenges/challenge-entity.ts';
import { assessmentKeys } from '../assessments/assessment-entity.ts';
import { apiKeyKeys } from '../identity/api-key-entity.ts';
import { userKeys } from '../identity/user-entity.ts';
import { signatoryRollupKeys } from '../rollups/rollup-entity.ts';
import { standingKeys } from '../rollups/standing-entity.ts';
import { auditEventKeys } from '../audit/audit-entity.ts';
import { idempotencyKeys } from '../http/idempotency-entity.ts';
import { importKeys } from '../imports/import-entity.ts';

/** A partition key matched exactly, or by the part before the record's id (Lambda's `prefix`). */
export type KeyPattern = string | { prefix: string };

/** The partition key of each item kind the aggregator handles, by the entity name its items carry. */
export const changeSources: Record<string, KeyPattern> = {
  partnership: partnershipKeys().pk,
  // Every year's baseline shares one partition; the year is the sort key.
  baseline: baselineKeys({ year: 0 }).pk,
  signatory: { prefix: signatoryKeys({ id: '' }).pk },
  activity: { prefix: activityKeys({ id: '', signatoryId: '', date: '' }).pk },
  loop: { prefix: loopKeys({ id: '', signatoryId: '', raisedOn: '' }).pk },
  assessment: { prefix: assessmentKeys({ id: '', signatoryId: '', period: '', by: 'self' }).pk },
  challenge: { prefix: challengeKeys({ id: '', signatoryId: '', raisedOn: '' }).pk },
  'api-key': { prefix: apiKeyKeys({ hash: '', signatoryId: '', prefix: '' }).pk },
  user: { prefix: userKeys({ id: '' }).pk },
};

/**
 * Partition keys of what the aggregator writes itself (a month's rollups, the standings,
 * an audit trail) and of the API's idempotency records: the filter must let none of them
 * through, or the aggregator would invoke itself.
 */
export const aggregatorWrites: readonly string[] = [
  signatoryRollupKeys({ signatoryId: 'a-signatory', month: '2025-03' }).pk,
  standingKeys({ signatoryId: 'a-signatory' }).pk,
  auditEventKeys({ entity: 'activity', id: 'a-1', at: '2025-03-01T00:00:00.000Z', version: 1, action: 'create' }).pk,
  idempotencyKeys({ hash: 'a-hash' }).pk,
];

/**
 * The Lambda event filter pattern for DynamoDB stream records: a record passes when its
 * partition key (in `dynamodb.Keys`, present on inserts, updates and removes alike)
 * matches one of the change sources.
 */
export const aggregatorFilterPattern = {
  dynamodb: { Keys: { [tableKeys.partitionKey]: { S: Object.values(changeSources) } } },
};

/**
 * The Lambda event filter pattern that hands the jobs function each new import
 * (../imports/import-job.ts): the first write of an import's head, never its parts nor its
 * later moves from state to state.
 */
export const importFilterPattern = {
  eventName: ['INSERT'],
  dynamodb: {
    Keys: {
      [tableKeys.partitionKey]: { S: [{ prefix: importKeys({ id: '' }).pk }] },
      [tableKeys.sortKey]: { S: [importKeys({ id: '' }).sk] },
    },
  },
};
