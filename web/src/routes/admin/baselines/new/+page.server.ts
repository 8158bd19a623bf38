import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { saveBaseline } from '#lib/server/baseline-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireAllowed(locals, ['create', 'baseline']);
  const { partnership } = await loadPartnership();
  return { groups: partnership.groups.map((g) => ({ id: g.id, label: g.label })), values: {} };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireAllowed(locals, ['create', 'baseline']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveBaseline(values, partnership);
    if (!saved.ok) return saved.failure;
    redirect(303, `/admin/baselines?saved=${saved.record.year}`);
  },
};
