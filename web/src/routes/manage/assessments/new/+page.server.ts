import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { chosenOf, valuesFromQuery } from '#lib/forms/assessment-evidence.ts';
import { loadAssessmentEvidence } from '#lib/server/assessment-evidence.ts';
import { assessmentFields, assessmentFixed, recentQuarters, saveAssessment } from '#lib/server/assessment-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { newRecordId, recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership, signatoryOptions } from '#lib/server/partnership.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

/** The form, with what "Show the evidence" carried in the query string, and the evidence for its choice. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireAllowed(locals, ['create', 'assessment']);
  const { page, partnership, signatories } = await recordFormContext(user);
  const quarters = recentQuarters();
  // Reviewers assess other organisations; editors their own.
  const choosable =
    user.role === 'signatory-editor'
      ? signatories.filter((s) => s.id === user.signatoryId)
      : signatories.filter((s) => s.id !== user.signatoryId);
  const values = valuesFromQuery(
    url,
    ['id', ...assessmentFields(partnership.charter.principles)],
    initialValues({ id: newRecordId(), ...(user.role === 'board-admin' ? { by: 'self' } : {}) }),
  );
  const evidence = await loadAssessmentEvidence(user, chosenOf(values), {
    partnership,
    signatories,
    choosable,
    quarters,
    principles: partnership.charter.principles,
  });
  return {
    ...page,
    organisations: user.role === 'signatory-editor' ? undefined : signatoryOptions(choosable),
    reviewer: user.role === 'reviewer' ? page.organisation : undefined,
    organisation: user.role === 'signatory-editor' ? page.organisation : undefined,
    chooseBy: user.role === 'board-admin',
    reviewers: signatoryOptions(
      signatories.filter((s) => s.sector === 'parent-carer-forum' || s.sector === 'youth-voice'),
    ),
    quarters,
    values,
    evidence,
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
