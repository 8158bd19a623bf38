import { redirect } from '@sveltejs/kit';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { assessmentFixed, assessmentValues, recentQuarters, saveAssessment } from '#lib/server/assessment-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { nameOf, recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership, signatoryOptions } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const user = requireAllowed(locals, ['update', 'assessment']);
  const [{ page, signatories }, { record: assessment, version }] = await Promise.all([
    recordFormContext(user),
    ask(assessmentQueries.read, { id: params.id }),
  ]);
  const quarters = recentQuarters();
  return {
    ...page,
    organisations: user.role === 'board-admin' ? page.organisations : undefined,
    organisation: user.role === 'board-admin' ? undefined : nameOf(signatories, assessment.signatoryId),
    reviewer: user.role === 'board-admin' ? undefined : nameOf(signatories, assessment.reviewerId),
    chooseBy: user.role === 'board-admin',
    reviewers: signatoryOptions(
      signatories.filter((s) => s.sector === 'parent-carer-forum' || s.sector === 'youth-voice'),
    ),
    quarters: quarters.includes(assessment.period) ? quarters : [assessment.period, ...quarters],
    values: initialValues({ ...assessmentValues(assessment), version: String(version) }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    const user = requireAllowed(locals, ['update', 'assessment']);
    const values = rawValues(await request.formData());
    const [{ partnership }, { record: before }] = await Promise.all([
      loadPartnership(),
      ask(assessmentQueries.read, { id: params.id }),
    ]);
    // Who an assessment is of and by stays as it was, unless a board admin changes it.
    const fixed =
      user.role === 'board-admin'
        ? {}
        : { ...assessmentFixed(user), signatoryId: before.signatoryId, reviewerId: before.reviewerId };
    const saved = await saveAssessment(values, partnership.charter.principles, {
      id: params.id,
      fixed,
      replace: true,
      version: versionOf(values),
    });
    if (!saved.ok) return saved.failure;
    redirect(303, '/manage/assessments?saved');
  },
};
