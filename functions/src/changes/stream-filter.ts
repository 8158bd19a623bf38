/**
 * Which of the table's changes invoke the aggregator Lambda. The stream carries every
 * write, including the rollups, standings and audit events the aggregator writes itself
 * and the API's idempotency records. The event source's filter lets through only the
 * items people enter: the ones whose changes are audited (audit/audit-events.ts) and feed
 * the rollups (rollups/apply-changes.ts). Each is matched by its partition key, taken
 * from store/keys.ts, so a key that changes there changes the filter with it.
 */
import { keys } from '../store/keys.ts';
import { tableKeys } from '../store/table-definition.ts';

/** A partition key matched exactly, or by the part before the record's id (Lambda's `prefix`). */
export type KeyPattern = string | { prefix: string };

/** The partition key of each item kind the aggregator handles, by the entity name its items carry. */
export const changeSources: Record<string, KeyPattern> = {
  partnership: keys.partnership().pk,
  // Every year's baseline shares one partition; the year is the sort key.
  baseline: keys.baseline({ year: 0 }).pk,
  signatory: { prefix: keys.signatory({ id: '' }).pk },
  activity: { prefix: keys.activity({ id: '', signatoryId: '', date: '' }).pk },
  loop: { prefix: keys.feedbackLoop({ id: '', signatoryId: '', raisedOn: '' }).pk },
  assessment: { prefix: keys.assessment({ id: '', signatoryId: '', period: '', by: 'self' }).pk },
  challenge: { prefix: keys.challenge({ id: '', signatoryId: '', raisedOn: '' }).pk },
  'api-key': { prefix: keys.apiKey({ hash: '', signatoryId: '', prefix: '' }).pk },
  user: { prefix: keys.user({ id: '' }).pk },
};

/**
 * The Lambda event filter pattern for DynamoDB stream records: a record passes when its
 * partition key (in `dynamodb.Keys`, present on inserts, updates and removes alike)
 * matches one of the change sources.
 */
export const aggregatorFilterPattern = {
  dynamodb: { Keys: { [tableKeys.partitionKey]: { S: Object.values(changeSources) } } },
};
