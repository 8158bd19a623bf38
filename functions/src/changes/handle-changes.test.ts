/**
 * "After a write" has one home: the local delivery (open-store.ts) and the aggregator Lambda
 * both run ./handle-changes.ts, which neither composes by itself; a change handled twice
 * leaves one audit event and the same rollup; and either delivery recomputes a rollup once
 * for all the changes it is given (docs/decisions/0109).
 */
import { readFileSync } from 'node:fs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityItem, activityKeys } from '../activities/activity-entity.ts';
import { auditTrail } from '../audit/audit-events.ts';
import { readSignatoryRollups } from '../rollups/read-rollups.ts';
import { signatoryRollupKeys } from '../rollups/rollup-entity.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import type { Activity } from '@equal-partners/shared';
import { handleChanges, startHandlingChanges } from './handle-changes.ts';

const activityOf = (id: string): Activity =>
  ({
    id,
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
  }) as unknown as Activity;

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('what follows a write', () => {
  it('is composed in one place, which both deliveries run', () => {
    for (const path of ['../lambda/aggregator.ts', './deliver-changes.ts']) {
      const text = source(path);
      expect(text, path).toMatch(/from '\.\.?\/(changes\/)?handle-changes\.ts'/);
      expect(text, path).not.toMatch(/audit-events|apply-changes|recordAuditEvents|startAggregation/);
    }
    // Where the writer delivers its own changes, it delivers them through the same composition.
    expect(source('../open-store.ts')).toMatch(/from '\.\/changes\/deliver-changes\.ts'/);
  });

  describe('against the local store', () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore('handle-changes');
    });
    afterAll(() => store.drop());

    it('audits a change once and counts it once, however often it is handled', async () => {
      const activity = activityOf('after-write');
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

    it('recomputes a rollup many changes touch once, delivered in-process or as a stream batch', async () => {
      const claims: string[] = [];
      const name = 'countClaims';
      // Every recompute first claims its item's next generation (`ADD #requested`).
      store.client.middlewareStack.add(
        (next) => async (args) => {
          const input = args.input as { Key?: { pk: string; sk: string }; UpdateExpression?: string };
          if (input.UpdateExpression?.startsWith('ADD #requested') && input.Key)
            claims.push(`${input.Key.pk}|${input.Key.sk}`);
          return next(args);
        },
        { step: 'initialize', name, priority: 'high' },
      );
      try {
        const activities = Array.from({ length: 8 }, (_, n) => activityOf(`many-${n}`));
        const changes = activities.map((a) => {
          const { pk, sk } = activityKeys(a);
          return { keys: { pk, sk }, newImage: activityItem(a) };
        });
        for (const a of activities)
          await store.client.send(new PutCommand({ TableName: store.tableName, Item: activityItem(a) }));
        const bucket = signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-04' });
        const ofBucket = () => claims.filter((c) => c === `${bucket.pk}|${bucket.sk}`).length;

        await handleChanges(store)(changes);
        expect(ofBucket()).toBe(1);
        const stream = startHandlingChanges(store, changes);
        await Promise.all(changes.map((change) => stream.handle(change)));
        expect(ofBucket()).toBe(2);
        // Delivered twice, counted once.
        const rollup = (await readSignatoryRollups(store, 'sig-a', ['2026-04'])).get('2026-04')!;
        expect(rollup.activities.activities).toBe(9);
      } finally {
        store.client.middlewareStack.remove(name);
      }
    });
  });
});
