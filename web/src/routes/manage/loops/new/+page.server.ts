import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { activitiesWithFeedback } from '@equal-partners/functions/feedback/feedback-queries';
import { ask } from '#lib/server/queries.ts';
import { activityChoices, activityTitles, newRecordId, recordFormContext, today } from '#lib/server/form-context.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { loopForm, saveRecord } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireAllowed(locals, ['create', 'loop']);
  const { page } = await recordFormContext(user);
  const activityId = url.searchParams.get('activityId');
  const signatoryId = url.searchParams.get('signatoryId') ?? undefined;
  const activityIds = activityId ? [activityId] : [];
  const [activities, choices] = await Promise.all([
    activityTitles(activityIds),
    activityChoices(user.role === 'signatory-editor' ? user.signatoryId : signatoryId, activityIds),
  ]);
  return {
    ...page,
    activities,
    activityChoices: choices,
    feedbackLinked: (await ask(activitiesWithFeedback, { activityIds })).length > 0,
    values: initialValues({
      id: newRecordId(),
      raisedOn: today(),
      status: 'open',
      activityIds,
      ...(signatoryId ? { signatoryId } : {}),
    }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const user = requireAllowed(locals, ['create', 'loop']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveRecord(loopForm(partnership), values, {
      fixed: { id: values.id, ...(user.role === 'signatory-editor' ? { signatoryId: user.signatoryId } : {}) },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, '/manage/loops?saved');
  },
};
