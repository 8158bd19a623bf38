/**
 * The signatory form's award (docs/decisions/0110): its fields in the order the edit page
 * shows them (the award beside its criteria first, then the organisation), the reason's
 * error in the page's language, and what the confirmation says of the award saved.
 */
import type { ActionFailure } from '@sveltejs/kit';
import type { Signatory } from '@equal-partners/shared';
import type { FormState } from '#lib/forms/form-values.ts';
import { t } from '#lib/server/text.ts';
import { signatoryForm } from './record-forms.ts';

const awardFields = ['charterStatus', 'awardedOn', 'awardReason'];

/** The signatory form with the award's fields first, as the edit page lays them out. */
export function signatoryAwardForm() {
  const form = signatoryForm();
  return { ...form, fields: [...awardFields, ...form.fields.filter((f) => !awardFields.includes(f))] };
}

/** A refused save with the reason's error worded in the page's language (the query words it in English). */
export function withReasonWorded(failure: ActionFailure<FormState>, name: string): ActionFailure<FormState> {
  for (const error of failure.data.errors) {
    if (error.field === 'awardReason') error.message = t('signatory.error.awardReason', { name });
  }
  return failure;
}

/** What a save did to the award, for the confirmation: made against the criteria, made, or neither. */
export function awardMade(record: Signatory): 'against' | 'awarded' | undefined {
  const last = record.statusHistory?.at(-1);
  if (!last || last.at !== record.updatedAt || last.status !== 'awarded') return undefined;
  return last.unmetCriteria?.length ? 'against' : 'awarded';
}
