/**
 * The assessment item: in a partition of its own, listed per signatory (gsi1) and across
 * the partnership (gsi2) by period, signatory and assessor. See docs/data-model.md.
 */
import type { Assessment } from '@equal-partners/shared';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { byId } from '../table/record-kinds.ts';
import { queryAll, type Store } from '../table/store.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export const assessmentList = keyWord('ASSESSMENTS', layout);
const assessmentWord = keyWord('ASSESSMENT', layout);

export const assessmentKeys = (a: Pick<Assessment, 'id' | 'signatoryId' | 'period' | 'by'>): ItemKeys => ({
  pk: `${assessmentWord}#${a.id}`,
  sk: assessmentWord,
  gsi1pk: signatoryRecords(a.signatoryId, assessmentList),
  gsi1sk: `${a.period}#${a.by}#${a.id}`,
  gsi2pk: assessmentList,
  gsi2sk: `${a.period}#${a.signatoryId}#${a.by}#${a.id}`,
});

export const assessmentKind = byId<Assessment>('assessment', assessmentWord, assessmentKeys);

export function assessmentItem(assessment: Assessment) {
  return { ...assessment, ...assessmentKeys(assessment), entity: 'assessment' };
}

/** Every assessment of one signatory, in the order of their period, assessor and id. */
export async function listAssessmentsOfSignatory(store: Store, signatoryId: string): Promise<Assessment[]> {
  const items = await queryAll<Assessment>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': assessmentKeys({ id: '', signatoryId, period: '', by: 'self' }).gsi1pk },
  });
  return items.map((item) => withoutKeys(item));
}
