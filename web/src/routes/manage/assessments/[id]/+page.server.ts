import { redirect } from '@sveltejs/kit';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { chosenOf, valuesFromQuery } from '#lib/forms/assessment-evidence.ts';
import { loadAssessmentEvidence } from '#lib/server/assessment-evidence.ts';
import {
  assessmentFields,
  assessmentFixed,
  assessmentValues,
  recentQuarters,
  saveAssessment,
} from '#lib/server/assessment-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { nameOf, recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership, signatoryOptions } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

/** The stored assessment (or what "Show the evidence" carried in the query string), and the evidence for its choice. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const user = requireAllowed(locals, ['update', 'assessment']);
  const [{ page, partnership, signatories }, { record: assessment, version }] = await Promise.all([
    recordFormContext(user),
    ask(assessmentQueries.read, { id: params.id }),
  ]);
  const recent = recentQuarters();
  const quarters = recent.includes(assessment.period) ? recent : [assessment.period, ...recent];
  const values = valuesFromQuery(
    url,
    // Who an assessment is of stays as it was, unless a board admin changes it.
    assessmentFields(partnership.charter.principles).filter((f) => user.role === 'board-admin' || f !== 'signatoryId'),
    initialValues({ ...assessmentValues(assessment), version: String(version) }),
  );
  const evidence = await loadAssessmentEvidence(
    user,
    { ...chosenOf(values), exceptId: assessment.id },
    { partnership, signatories, choosable: signatories, quarters, principles: partnership.charter.principles },
  );
  return {
    ...page,
    organisations: user.role === 'board-admin' ? page.organisations : undefined,
    organisation: user.role === 'board-admin' ? undefined : nameOf(signatories, assessment.signatoryId),
    reviewer: user.role === 'board-admin' ? undefined : nameOf(signatories, assessment.reviewerId),
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
