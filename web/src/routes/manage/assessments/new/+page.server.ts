import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { assessmentFixed, recentQuarters, saveAssessment } from '#lib/server/assessment-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { newRecordId, recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership, signatoryOptions } from '#lib/server/partnership.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

/** A value the address chose for a field, when it is one the form offers. */
function chosen(url: URL, name: string, offered: (value: string) => boolean): Record<string, string> {
  const value = url.searchParams.get(name);
  return value !== null && offered(value) ? { [name]: value } : {};
}

export const load: PageServerLoad = async ({ locals, url }) => {
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
    values: initialValues({
      id: newRecordId(),
      ...(user.role === 'board-admin' ? { by: 'self' } : {}),
      // A link from "Your work" names the organisation to assess and the quarter.
      ...chosen(url, 'signatoryId', (id) => signatories.some((s) => s.id === id && s.id !== user.signatoryId)),
      ...chosen(url, 'period', (period) => recentQuarters().includes(period)),
    }),
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
