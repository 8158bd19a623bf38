import { redirect } from '@sveltejs/kit';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { rawValues } from '#lib/forms/read-form.ts';
import { valueOf } from '#lib/forms/form-values.ts';
import { awardMade, withReasonWorded } from '#lib/server/award-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { saveRecord, signatoryForm } from '#lib/server/record-forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireAllowed(locals, ['create', 'signatory']);
  return { vocabulary, values: { charterStatus: 'signed', active: 'yes' } };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireAllowed(locals, ['create', 'signatory']);
    const values = rawValues(await request.formData());
    const saved = await saveRecord(signatoryForm(), values);
    if (!saved.ok) return withReasonWorded(saved.failure, valueOf(values, 'name'));
    const award = awardMade(saved.record);
    redirect(
      303,
      `/admin/signatories?${new URLSearchParams({ saved: saved.record.name, ...(award ? { award } : {}) })}`,
    );
  },
};
