/**
 * docs/data-model.md's "Items" table and the entity modules describe the same keys: each
 * row, its placeholders filled in, is exactly what the entity module builds, and every
 * row has its entity module. Tests of each entity's own rules sit beside its module.
 */
import type { Activity, Assessment, Challenge, FeedbackLoop } from '@equal-partners/shared';
import { describe, expect, it } from 'vitest';
import { activityItem, activityKeys, activityKind } from '../activities/activity-entity.ts';
import { assessmentItem, assessmentKeys, assessmentKind } from '../assessments/assessment-entity.ts';
import { alertDeliveryKeys, alertSettingKeys } from '../alerts/alert-delivery-entity.ts';
import { auditEventKeys } from '../audit/audit-entity.ts';
import { challengeItem, challengeKeys, challengeKind } from '../challenges/challenge-entity.ts';
import { idempotencyKeys } from '../http/idempotency-entity.ts';
import { importEntity, importKeys, importPartKeys } from '../imports/import-entity.ts';
import { apiKeyKeys } from '../identity/api-key-entity.ts';
import { tokenRevocationKeys } from '../identity/token-revocation-entity.ts';
import { userKeys } from '../identity/user-entity.ts';
import { webSessionKeys } from '../identity/web-session-entity.ts';
import { loopItem, loopKeys, loopKind } from '../loops/loop-entity.ts';
import {
  baselineKeys,
  baselineKind,
  demoMarkerKeys,
  partnershipKeys,
  partnershipKind,
} from '../partnership/partnership-entity.ts';
import { feedbackKeys, feedbackTokenKeys } from '../feedback/feedback-entity.ts';
import { rowsKeys, partnershipRollupKeys, rollupSegmentKeys, signatoryRollupKeys } from '../rollups/rollup-entity.ts';
import { standingKeys } from '../rollups/standing-entity.ts';
import { signatoryItem, signatoryKeys, signatoryKind } from '../signatories/signatory-entity.ts';
import { documentedItems, documentedKeys } from '../testing/data-model-doc.ts';
import type { ItemKeys } from './keys.ts';

const sid = 'oakfield-school';
const id = 'a-1';

interface Row {
  /** The values of the row's placeholders. */
  values: Record<string, string>;
  /** The keys the entity module builds for those values. */
  built: ItemKeys;
  /** The `entity` attribute the code writes, where the row's first word names it. */
  entity?: string;
}

const rows: Record<string, Row> = {
  partnership: { values: {}, built: partnershipKeys(), entity: partnershipKind.entity },
  signatory: {
    values: { id: sid },
    built: signatoryKeys({ id: sid }),
    entity: signatoryItem({ id: sid } as never).entity,
  },
  baseline: { values: { year: '2026' }, built: baselineKeys({ year: 2026 }), entity: baselineKind.entity },
  activity: {
    values: { id, sid, date: '2026-04-20' },
    built: activityKeys({ id, signatoryId: sid, date: '2026-04-20' }),
    entity: activityItem({ id, signatoryId: sid, date: '2026-04-20' } as Activity).entity,
  },
  feedback: { values: { activityId: id, sid }, built: feedbackKeys({ activityId: id, signatoryId: sid }) },
  'feedback-token': { values: { token: 'tok' }, built: feedbackTokenKeys({ token: 'tok' }) },
  loop: {
    values: { id, sid, raisedOn: '2026-04-01' },
    built: loopKeys({ id, signatoryId: sid, raisedOn: '2026-04-01' }),
    entity: loopItem({ id, signatoryId: sid, raisedOn: '2026-04-01' } as FeedbackLoop).entity,
  },
  assessment: {
    values: { id, sid, period: '2026-Q1', by: 'self' },
    built: assessmentKeys({ id, signatoryId: sid, period: '2026-Q1', by: 'self' } as Assessment),
    entity: assessmentItem({ id, signatoryId: sid, period: '2026-Q1', by: 'self' } as Assessment).entity,
  },
  challenge: {
    values: { id, sid, raisedOn: '2026-03-05' },
    built: challengeKeys({ id, signatoryId: sid, raisedOn: '2026-03-05' }),
    entity: challengeItem({ id, signatoryId: sid, raisedOn: '2026-03-05' } as Challenge).entity,
  },
  'audit-event': {
    values: {
      entity: 'loop',
      id,
      at: '2026-05-01T09:00:00.000Z',
      'version, 6 digits': '000012',
      action: 'update',
      'YYYY-MM': '2026-05',
    },
    built: auditEventKeys({ entity: 'loop', id, at: '2026-05-01T09:00:00.000Z', version: 12, action: 'update' }),
  },
  'api-key': {
    values: { sha256: 'ab12', sid, prefix: 'ep_1234' },
    built: apiKeyKeys({ hash: 'ab12', signatoryId: sid, prefix: 'ep_1234' }),
  },
  'user (local only)': { values: { id: 'demo-reviewer' }, built: userKeys({ id: 'demo-reviewer' }) },
  'rollup (signatory month)': {
    values: { 'YYYY-MM': '2026-04', sid },
    built: signatoryRollupKeys({ signatoryId: sid, month: '2026-04' }),
  },
  'rollup (partnership month)': {
    values: { 'YYYY-MM': '2026-04' },
    built: partnershipRollupKeys({ month: '2026-04' }),
  },
  'rollup-segments': {
    values: {
      'YYYY-MM': '2026-04',
      'sk of its rollup': signatoryRollupKeys({ signatoryId: sid, month: '2026-04' }).sk,
    },
    built: rollupSegmentKeys(signatoryRollupKeys({ signatoryId: sid, month: '2026-04' })),
  },
  'rollup-rows': { values: { 'YYYY-MM or YYYY-Qn': '2026-Q2' }, built: rowsKeys({ span: '2026-Q2' }) },
  standing: { values: { sid }, built: standingKeys({ signatoryId: sid }) },
  'web-session': { values: { "sha256 of the cookie's id": 'cd34' }, built: webSessionKeys({ hash: 'cd34' }) },
  'token-revocation': { values: { userId: 'demo-reviewer' }, built: tokenRevocationKeys({ userId: 'demo-reviewer' }) },
  'demo marker (local only)': { values: {}, built: demoMarkerKeys() },
  'alert-delivery': {
    values: { recipient: 'user:demo-reviewer', day: '2026-05-15', itemKey: 'loop:a-1' },
    built: alertDeliveryKeys({ recipient: 'user:demo-reviewer', day: '2026-05-15', itemKey: 'loop:a-1' }),
  },
  'alert-setting': { values: { recipient: 'board-contact' }, built: alertSettingKeys({ recipient: 'board-contact' }) },
  import: { values: { id: 'imp-1' }, built: importKeys({ id: 'imp-1' }), entity: importEntity },
  'import-part': {
    values: { id: 'imp-1', 'n, 4 digits': '0003' },
    built: importPartKeys({ id: 'imp-1', part: 3 }),
  },
  // Powertools writes these, under the partition the middleware gives it.
  'idempotency record': {
    values: { 'hash of caller, path and key': 'ef56' },
    built: idempotencyKeys({ hash: 'ef56' }),
  },
};

describe('docs/data-model.md', () => {
  it('has a row for every item kind the entity modules build, and no other', () => {
    expect([...documentedItems().keys()].sort()).toEqual(Object.keys(rows).sort());
  });

  it.each(Object.entries(rows))('gives the keys the entity module builds: %s', (label, { values, built, entity }) => {
    expect(built).toEqual(documentedKeys(label, values));
    if (entity !== undefined) expect(entity).toBe(label);
  });

  it('names the entity the record writes use', () => {
    for (const kind of [signatoryKind, activityKind, loopKind, assessmentKind, challengeKind, baselineKind]) {
      expect(documentedItems().has(kind.entity)).toBe(true);
    }
  });
});
