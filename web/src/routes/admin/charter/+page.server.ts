import { redirect } from '@sveltejs/kit';
import type { FormValues } from '#lib/forms/form-values.ts';
import { rawValues } from '#lib/forms/read-form.ts';
import { t } from '#lib/server/text.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { duplicateIds, partnershipInput, rowsOf, savePartnership } from '#lib/server/partnership-form.ts';
import { requiredMessages, versionOf } from '#lib/server/record-forms.ts';
import type { Actions, PageServerLoad } from './$types';

const rowFields = ['id', 'title', 'summary'];

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['update', 'partnership']);
  const { partnership, version } = await loadPartnership();
  const principles = partnership.charter.principles;
  const values: FormValues = { 'charter.name': partnership.charter.name, version: String(version) };
  principles.forEach((p, i) => {
    values[`principles.${i}.id`] = p.id;
    values[`principles.${i}.title`] = p.title;
    values[`principles.${i}.summary`] = p.summary;
  });
  return { saved: url.searchParams.has('saved'), existing: principles.map((p) => p.id), values };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireAllowed(locals, ['update', 'partnership']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const rows = rowsOf(values, 'principles', rowFields).filter((r) => !r.removed && !r.blank);
    const fields = [
      'charter.name',
      ...rowsOf(values, 'principles', rowFields).flatMap((r) => rowFields.map((f) => `principles.${r.index}.${f}`)),
    ];
    const saved = await savePartnership(
      {
        ...partnershipInput(partnership),
        charter: {
          name: String(values['charter.name'] ?? '').trim(),
          principles: rows.map((r) => ({ id: r.value('id'), title: r.value('title'), summary: r.value('summary') })),
        },
      },
      {
        values,
        version: versionOf(values),
        list: 'principles',
        kept: rows.map((r) => r.index),
        fields,
        labelOf: (field) =>
          field === 'charter.name' ? t('charter.field.name') : t(`charter.field.${field.split('.')[2] as 'title'}`),
        requiredOf: requiredMessages('charter'),
        errors: duplicateIds(rows, 'principles'),
      },
    );
    if (!saved.ok) return saved.failure;
    redirect(303, '/admin/charter?saved');
  },
};
