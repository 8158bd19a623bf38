import { redirect } from '@sveltejs/kit';
import { csvColumns, activityInput } from '@equal-partners/shared';
import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import { rawValues, recordToValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { ask } from '#lib/server/queries.ts';
import { recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { activityForm, saveRecord, versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import { activityFeedback, feedbackValues } from '#lib/server/feedback-link-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const user = requireAllowed(locals, ['update', 'activity']);
  const [{ page, partnership, signatories }, { record: activity, version }, feedback] = await Promise.all([
    recordFormContext(user),
    ask(activityQueries.read, { id: params.id }),
    activityFeedback(params.id),
  ]);
  const columns = csvColumns(activityInput, { 'participants.groups': partnership.groups.map((g) => g.id) });
  return {
    ...page,
    organisation: signatories.find((s) => s.id === activity.signatoryId)?.name,
    id: activity.id,
    signatoryId: activity.signatoryId,
    title: activity.title,
    values: initialValues({ ...recordToValues(activity, columns), version: String(version) }),
    feedback: { view: feedback, origin: url.origin, values: initialValues(feedbackValues(feedback)) },
    feedbackSaved: url.searchParams.get('feedback') === 'saved',
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    const user = requireAllowed(locals, ['update', 'activity']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveRecord(activityForm(partnership), values, {
      id: params.id,
      version: versionOf(values),
      fixed: { id: params.id, ...(user.role === 'signatory-editor' ? { signatoryId: user.signatoryId } : {}) },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/manage/activities?${new URLSearchParams({ saved: saved.record.title })}`);
  },
};
