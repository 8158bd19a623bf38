import { redirect } from '@sveltejs/kit';
import { csvColumns, signatoryInput } from '@equal-partners/shared';
import { awardDecision } from '@equal-partners/functions/signatories/award-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { vocabulary } from '#lib/forms/vocabulary.ts';
import { rawValues, recordToValues } from '#lib/forms/read-form.ts';
import { awardMade, signatoryAwardForm, withReasonWorded } from '#lib/server/award-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { saveRecord, versionOf } from '#lib/server/record-forms.ts';
import { initialValues, valueOf } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  requireAllowed(locals, ['update', 'signatory']);
  const [{ record: signatory, version }, decision, { partnership }] = await Promise.all([
    ask(signatoryQueries.read, { id: params.id }),
    ask(awardDecision, { id: params.id }),
    loadPartnership(),
  ]);
  return {
    vocabulary,
    name: signatory.name,
    decision,
    principles: Object.fromEntries(partnership.charter.principles.map((p) => [p.id, p.title])),
    values: initialValues({ ...recordToValues(signatory, csvColumns(signatoryInput)), version: String(version) }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    requireAllowed(locals, ['update', 'signatory']);
    const values = rawValues(await request.formData());
    const saved = await saveRecord(signatoryAwardForm(), values, {
      id: params.id,
      version: versionOf(values),
      fixed: { id: params.id },
    });
    if (!saved.ok) return withReasonWorded(saved.failure, valueOf(values, 'name') || params.id);
    const award = awardMade(saved.record);
    redirect(
      303,
      `/admin/signatories?${new URLSearchParams({ saved: saved.record.name, ...(award ? { award } : {}) })}`,
    );
  },
};
