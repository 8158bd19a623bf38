import { error, redirect } from '@sveltejs/kit';
import { baselineQueries } from '@equal-partners/functions/partnership/baseline-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { t } from '#lib/server/text.ts';
import { baselineValues, saveBaseline } from '#lib/server/baseline-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { versionOf } from '#lib/server/record-forms.ts';
import { initialValues } from '#lib/forms/form-values.ts';
import type { Actions, PageServerLoad } from './$types';

function yearOf(param: string): number {
  if (!/^\d{4}$/.test(param)) error(404, t('baselines.notFound'));
  return Number(param);
}

export const load: PageServerLoad = async ({ locals, params }) => {
  requireAllowed(locals, ['update', 'baseline']);
  const year = yearOf(params.year);
  const [{ partnership }, { record: baseline, version }] = await Promise.all([
    loadPartnership(),
    ask(baselineQueries.read, { id: String(year) }),
  ]);
  return {
    year,
    groups: partnership.groups.map((g) => ({ id: g.id, label: g.label })),
    values: initialValues({ ...baselineValues(baseline, partnership), version: String(version) }),
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    requireAllowed(locals, ['update', 'baseline']);
    const year = yearOf(params.year);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveBaseline(values, partnership, { year, version: versionOf(values) });
    if (!saved.ok) return saved.failure;
    redirect(303, `/admin/baselines?saved=${year}`);
  },
};
