/**
 * The assessment's keys and lists, offline: by period, then signatory and assessor; and its
 * read of every assessment of one signatory against the local store.
 */
import type { Assessment } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { assessmentItem, assessmentKeys, assessmentKind, listAssessmentsOfSignatory } from './assessment-entity.ts';

const assessment = (id: string, period: string, by = 'self', signatoryId = 'sig-a') =>
  ({ id, signatoryId, period, by }) as Assessment;

/** Whether a key falls in `BETWEEN <period> AND <period>~`, as docs/data-model.md reads a year or a quarter. */
const inPeriod = (key: string, period: string) => key >= period && key <= `${period}~`;

describe('assessment keys', () => {
  it('list a signatory’s assessments by quarter, whatever the assessor or id', () => {
    const keys = [assessment('zz', '2025-Q4', 'reviewer'), assessment('aa', '2026-Q1', 'self')]
      .reverse()
      .map((a) => assessmentKeys(a).gsi1sk!)
      .sort();
    expect(keys).toEqual(['2025-Q4#reviewer#zz', '2026-Q1#self#aa']);
  });

  it('list the partnership’s by quarter, then signatory, then assessor', () => {
    const keys = [
      assessment('1', '2026-Q1', 'self', 'sig-b'),
      assessment('2', '2026-Q1', 'reviewer', 'sig-b'),
      assessment('3', '2026-Q1', 'reviewer', 'sig-a'),
      assessment('4', '2025-Q4', 'reviewer', 'sig-z'),
    ].map((a) => assessmentKeys(a).gsi2sk!);
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[0]]);
  });

  it('are read by a year or by a quarter with the range the doc gives', () => {
    const q1 = assessmentKeys(assessment('a', '2026-Q1')).gsi1sk!;
    const q4 = assessmentKeys(assessment('b', '2026-Q4')).gsi1sk!;
    const lastYear = assessmentKeys(assessment('c', '2025-Q4')).gsi1sk!;
    expect([q1, q4, lastYear].filter((key) => inPeriod(key, '2026'))).toEqual([q1, q4]);
    expect([q1, q4, lastYear].filter((key) => inPeriod(key, '2026-Q1'))).toEqual([q1]);
  });

  it('give the record kind its key and the item its entity', () => {
    expect(assessmentKind.keyOf('x')).toEqual(primaryKey(assessmentKeys(assessment('x', '2026-Q1'))));
    expect(assessmentItem(assessment('x', '2026-Q1'))).toMatchObject({
      ...assessmentKeys(assessment('x', '2026-Q1')),
      entity: 'assessment',
    });
    expect(assessmentKind.derived).toBeUndefined();
  });
});

describe('the assessments of one signatory', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('assessment-entity');
    await batchPut(
      store,
      [
        assessment('late', '2026-Q2', 'self'),
        assessment('early', '2025-Q4', 'reviewer'),
        assessment('same-quarter', '2026-Q2', 'reviewer'),
        assessment('other-signatory', '2026-Q1', 'self', 'sig-b'),
      ].map(assessmentItem),
    );
  });
  afterAll(() => store.drop());

  it('are all read, by period then assessor, without keys, and none of another signatory', async () => {
    const found = await listAssessmentsOfSignatory(store, 'sig-a');
    expect(found.map((a) => a.id)).toEqual(['early', 'same-quarter', 'late']);
    expect(found[0]).toEqual({ id: 'early', signatoryId: 'sig-a', period: '2025-Q4', by: 'reviewer' });
    expect(await listAssessmentsOfSignatory(store, 'sig-none')).toEqual([]);
  });
});
