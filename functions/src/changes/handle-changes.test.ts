/**
 * "After a write" has one home: the local delivery (open-store.ts) and the aggregator Lambda
 * both run ./handle-changes.ts, which neither composes by itself; and a change handled twice
 * leaves one audit event and the same rollup.
 */
import { readFileSync } from 'node:fs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityItem, activityKeys } from '../activities/activity-entity.ts';
import { auditTrail } from '../audit/audit-events.ts';
import { readSignatoryRollups } from '../rollups/read-rollups.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import type { Activity } from '@equal-partners/shared';
import { handleChanges, startHandlingChanges } from './handle-changes.ts';

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('what follows a write', () => {
  it('is composed in one place, which both deliveries run', () => {
    for (const path of ['../lambda/aggregator.ts', '../open-store.ts']) {
      const text = source(path);
      expect(text, path).toMatch(/from '\.\.?\/(changes\/)?handle-changes\.ts'/);
      expect(text, path).not.toMatch(/audit-events|apply-changes|recordAuditEvents|startAggregation/);
    }
  });

  describe('against the local store', () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore('handle-changes');
    });
    afterAll(() => store.drop());

    it('audits a change once and counts it once, however often it is handled', async () => {
      const activity = {
        id: 'after-write',
        signatoryId: 'sig-a',
        date: '2026-04-02',
        title: 'Drop-in',
        publicSummary: 'Parents came.',
        audience: ['parents-carers'],
        channel: 'face-to-face-meeting',
        setting: 'community',
        stage: 'design',
        level: 'consulting',
        lundy: { space: true, voice: true, audience: true, influence: false },
        principles: [],
        participants: { total: 7, firstTime: 2, demographicsRecorded: 0, groups: {} },
        adjustments: [],
        createdAt: '2026-04-02T10:00:00.000Z',
        updatedAt: '2026-04-02T10:00:00.000Z',
        createdBy: 'user:ana',
        updatedBy: 'user:ana',
        version: 1,
      } as unknown as Activity;
      const change = {
        keys: { pk: activityKeys(activity).pk, sk: activityKeys(activity).sk },
        newImage: activityItem(activity),
      };
      // Stored as the record write would, then delivered twice: in-process, and again as a stream batch.
      await store.client.send(
        new PutCommand({
          TableName: store.tableName,
          Item: activityItem(activity),
        }),
      );
      await handleChanges(store)([change]);
      await startHandlingChanges(store, [change]).handle(change);
      expect((await auditTrail(store, 'activity', 'after-write')).map((e) => e.action)).toEqual(['create']);
      const rollup = (await readSignatoryRollups(store, 'sig-a', ['2026-04'])).get('2026-04')!;
      expect(rollup.activities.activities).toBe(1);
      expect(rollup.activities.participations).toBe(7);
    });
  });
});
