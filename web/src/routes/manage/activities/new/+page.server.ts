import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { newRecordId, recordFormContext, today } from '#lib/server/form-context.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { activityForm, saveRecord } from '#lib/server/record-forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const user = requireAllowed(locals, ['create', 'activity']);
  const { page } = await recordFormContext(user);
  return { ...page, values: { id: newRecordId(), date: today() } };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const user = requireAllowed(locals, ['create', 'activity']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveRecord(activityForm(partnership), values, {
      fixed: { id: values.id, ...(user.role === 'signatory-editor' ? { signatoryId: user.signatoryId } : {}) },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/manage/activities?${new URLSearchParams({ saved: saved.record.title })}`);
  },
};
