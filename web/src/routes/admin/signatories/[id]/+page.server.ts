import { redirect } from '@sveltejs/kit';
import { csvColumns, signatoryInput, type Signatory } from '@equal-partners/shared';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { rawValues, recordToValues } from '#lib/forms/read-form.ts';
import { read } from '#lib/server/api.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { saveRecord, signatoryForm, versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  requireAllowed(locals, ['update', 'signatory']);
  const { body: signatory, version } = await read<Signatory>(`/api/v1/signatories/${encodeURIComponent(params.id)}`);
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
    const saved = await saveRecord<Signatory>(signatoryForm(), values, {
      id: params.id,
      version: versionOf(values),
      fixed: { id: params.id },
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/admin/signatories?${new URLSearchParams({ saved: saved.record.name })}`);
  },
};
