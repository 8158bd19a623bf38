import { redirect } from '@sveltejs/kit';
import { csvColumns, feedbackLoopInput } from '@equal-partners/shared';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { rawValues, recordToValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { activitiesWithFeedback } from '@equal-partners/functions/feedback/feedback-queries';
import { ask } from '#lib/server/queries.ts';
import { activityChoices, activityTitles, recordFormContext } from '#lib/server/form-context.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { loopForm, saveRecord, versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const user = requireAllowed(locals, ['update', 'loop']);
  const [{ page, signatories }, { record: loop, version }] = await Promise.all([
    recordFormContext(user),
    ask(loopQueries.read, { id: params.id }),
  ]);
  return {
    ...page,
    organisation: signatories.find((s) => s.id === loop.signatoryId)?.name,
    activities: await activityTitles(loop.activityIds),
    activityChoices: await activityChoices(loop.signatoryId, loop.activityIds),
    feedbackLinked: (await ask(activitiesWithFeedback, { activityIds: loop.activityIds ?? [] })).length > 0,
    values: initialValues({ ...recordToValues(loop, csvColumns(feedbackLoopInput)), version: String(version) }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    const user = requireAllowed(locals, ['update', 'loop']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveRecord(loopForm(partnership), values, {
      id: params.id,
      version: versionOf(values),
      fixed: { id: params.id, ...(user.role === 'signatory-editor' ? { signatoryId: user.signatoryId } : {}) },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, '/manage/loops?saved');
  },
};
