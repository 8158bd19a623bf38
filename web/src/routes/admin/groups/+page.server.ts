import { redirect } from '@sveltejs/kit';
import type { FormValues } from '#lib/forms/form-values.ts';
import { rawValues } from '#lib/forms/read-form.ts';
import { t } from '#lib/server/text.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { duplicateIds, partnershipInput, rowsOf, savePartnership } from '#lib/server/partnership-form.ts';
import { requiredMessages, versionOf } from '#lib/server/record-forms.ts';
import type { Actions, PageServerLoad } from './$types';

const rowFields = ['id', 'label'];

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['update', 'partnership']);
  const { partnership, version } = await loadPartnership();
  const values: FormValues = { version: String(version) };
  partnership.groups.forEach((g, i) => {
    values[`groups.${i}.id`] = g.id;
    values[`groups.${i}.label`] = g.label;
    if (g.marginalised) values[`groups.${i}.marginalised`] = 'yes';
  });
  return { saved: url.searchParams.has('saved'), existing: partnership.groups.map((g) => g.id), values };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireAllowed(locals, ['update', 'partnership']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const all = rowsOf(values, 'groups', rowFields);
    const rows = all.filter((r) => !r.removed && !r.blank);
    const saved = await savePartnership(
      {
        ...partnershipInput(partnership),
        groups: rows.map((r) => ({
          id: r.value('id'),
          label: r.value('label'),
          marginalised: r.value('marginalised') === 'yes',
        })),
      },
      {
        values,
        version: versionOf(values),
        list: 'groups',
        kept: rows.map((r) => r.index),
        fields: all.flatMap((r) => rowFields.map((f) => `groups.${r.index}.${f}`)),
        labelOf: (field) => t(`groups.field.${field.split('.')[2] as 'label'}`),
        requiredOf: requiredMessages('groups'),
        errors: duplicateIds(rows, 'groups'),
      },
    );
    if (!saved.ok) return saved.failure;
    redirect(303, '/admin/groups?saved');
  },
};
