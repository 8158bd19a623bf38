import { redirect } from '@sveltejs/kit';
import { csvColumns, signatoryInput } from '@equal-partners/shared';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { rawValues, recordToValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { ask } from '#lib/server/queries.ts';
import { saveRecord, signatoryForm, versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  requireAllowed(locals, ['update', 'signatory']);
  const { record: signatory, version } = await ask(signatoryQueries.read, { id: params.id });
  return {
    vocabulary,
    name: signatory.name,
    values: initialValues({ ...recordToValues(signatory, csvColumns(signatoryInput)), version: String(version) }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    requireAllowed(locals, ['update', 'signatory']);
    const values = rawValues(await request.formData());
    const saved = await saveRecord(signatoryForm(), values, {
      id: params.id,
      version: versionOf(values),
      fixed: { id: params.id },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/admin/signatories?${new URLSearchParams({ saved: saved.record.name })}`);
  },
};
