import { redirect } from '@sveltejs/kit';
import { challengeInput, csvColumns, type Challenge } from '@equal-partners/shared';
import { challengeQueries } from '@equal-partners/functions/challenges/challenge-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { newRecordId, recordFormContext, today } from '#lib/server/form-context.ts';
import { signatoryOptions } from '#lib/server/partnership.ts';
import { labeller, requiredMessages, saveRecord, type RecordForm } from '#lib/server/record-forms.ts';
import { t } from '#lib/server/text.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

const raised = ['id', 'signatoryId', 'reviewerId', 'raisedOn', 'text', 'principles', 'cy.text'];

/** Raising a challenge: the schema's columns up to the text and principles; the answer and closing come later. */
function raiseForm(): RecordForm<Challenge> {
  const columns = csvColumns(challengeInput).filter((c) => raised.includes(c.name));
  return {
    queries: challengeQueries,
    noun: t('challenge.noun'),
    columns,
    fields: columns.map((c) => c.name),
    labelOf: labeller('challenge'),
    requiredOf: requiredMessages('challenge'),
  };
}

export const load: PageServerLoad = async ({ locals }) => {
  const user = requireAllowed(locals, ['create', 'challenge']);
  const { page, signatories } = await recordFormContext(user);
  return {
    ...page,
    organisations: signatoryOptions(signatories.filter((s) => s.id !== user.signatoryId)),
    reviewers:
      user.role === 'board-admin'
        ? signatoryOptions(signatories.filter((s) => s.sector === 'parent-carer-forum' || s.sector === 'youth-voice'))
        : undefined,
    reviewer: user.role === 'reviewer' ? page.organisation : undefined,
    values: initialValues({ id: newRecordId(), raisedOn: today() }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const user = requireAllowed(locals, ['create', 'challenge']);
    const values = rawValues(await request.formData());
    const saved = await saveRecord(raiseForm(), values, {
      fixed: { id: values.id, ...(user.role === 'reviewer' ? { reviewerId: user.signatoryId } : {}) },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, '/manage/challenges?saved=raised');
  },
};
