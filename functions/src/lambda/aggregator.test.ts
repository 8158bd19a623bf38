import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@equal-partners/shared';
import { readPartnershipRollups, readSignatoryRollups } from '../rollups/read-rollups.ts';
import { queryAll } from '../table/index.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { activityKeys } from '../activities/activity-entity.ts';
import { auditTrailPartition } from '../audit/audit-entity.ts';
import { primaryKey } from '../table/keys.ts';

let store: TestStore;
let handler: (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

beforeAll(async () => {
  store = await createTestStore('aggregator');
  store.onChange = undefined;
  process.env.TABLE_NAME = store.tableName;
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  ({ handler } = (await import('./aggregator.ts')) as unknown as { handler: typeof handler });
});
afterAll(() => store.drop());

const activity: Activity = {
  id: 'stream-1',
  signatoryId: 'oak-school',
  date: '2026-03-10',
  title: 'Drop-in',
  publicSummary: '',
  internalNotes: '',
  audience: ['parents-carers'],
  channel: 'face-to-face-meeting',
  setting: 'community',
  stage: 'design',
  level: 'consulting',
  lundy: { space: true, voice: true, audience: false, influence: false },
  principles: [],
  participants: { total: 12, firstTime: 3, demographicsRecorded: 0, groups: {} },
  adjustments: [],
  createdAt: '2026-03-10T00:00:00.000Z',
  updatedAt: '2026-03-10T00:00:00.000Z',
  createdBy: 'editor',
  updatedBy: 'editor',
  version: 1,
};

function streamRecord(sequence: string, change: { old?: Activity; new?: Activity }): DynamoDBRecord {
  const item = (a: Activity) =>
    marshall({ ...a, ...activityKeys(a), entity: 'activity' }, { removeUndefinedValues: true });
  return {
    eventID: sequence,
    eventName: change.old && change.new ? 'MODIFY' : change.new ? 'INSERT' : 'REMOVE',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      SequenceNumber: sequence,
      Keys: marshall(primaryKey(activityKeys(activity))) as never,
      ...(change.old ? { OldImage: item(change.old) as never } : {}),
      ...(change.new ? { NewImage: item(change.new) as never } : {}),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

describe('the aggregator Lambda', () => {
  it('recomputes the rollups and audit trail of a stream batch, reporting only the record it could not read', async () => {
    const moved = { ...activity, date: '2026-04-02', version: 2, updatedAt: '2026-04-02T00:00:00.000Z' };
    await store.client.send(
      new PutCommand({ TableName: store.tableName, Item: { ...moved, ...activityKeys(moved), entity: 'activity' } }),
    );
    const broken: DynamoDBRecord = { eventID: '300', eventName: 'INSERT', dynamodb: { SequenceNumber: '300' } };
    const event = {
      Records: [streamRecord('100', { new: activity }), streamRecord('200', { old: activity, new: moved }), broken],
    };
    const result = await handler(event, {} as Context);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '300' }]);

    const rollups = await readSignatoryRollups(store, 'oak-school', ['2026-03', '2026-04']);
    expect(rollups.get('2026-03')!.activities.activities).toBe(0);
    expect(rollups.get('2026-04')!.activities).toMatchObject({ activities: 1, participations: 12 });
    const partnership = await readPartnershipRollups(store, ['2026-04']);
    expect(partnership.get('2026-04')!.activities.participations).toBe(12);
    const audit = await queryAll(store, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': auditTrailPartition('activity', 'stream-1') },
    });
    expect(audit).toHaveLength(2);
  });
});
