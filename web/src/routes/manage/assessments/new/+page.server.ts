import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { assessmentFixed, recentQuarters, saveAssessment } from '#lib/server/assessment-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { newRecordId, recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership, signatoryOptions } from '#lib/server/partnership.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const user = requireAllowed(locals, ['create', 'assessment']);
  const { page, signatories } = await recordFormContext(user);
  return {
    ...page,
    organisations:
      user.role === 'signatory-editor'
        ? undefined
        : signatoryOptions(signatories.filter((s) => s.id !== user.signatoryId)),
    reviewer: user.role === 'reviewer' ? page.organisation : undefined,
    organisation: user.role === 'signatory-editor' ? page.organisation : undefined,
    chooseBy: user.role === 'board-admin',
    reviewers: signatoryOptions(
      signatories.filter((s) => s.sector === 'parent-carer-forum' || s.sector === 'youth-voice'),
    ),
    quarters: recentQuarters(),
    values: initialValues({ id: newRecordId(), ...(user.role === 'board-admin' ? { by: 'self' } : {}) }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const user = requireAllowed(locals, ['create', 'assessment']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveAssessment(values, partnership.charter.principles, {
      id: String(values.id),
      fixed: assessmentFixed(user),
      replace: false,
    });
    if (!saved.ok) return saved.failure;
    redirect(303, '/manage/assessments?saved');
  },
};
