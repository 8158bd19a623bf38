import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { saveSettings, settingsValues } from '#lib/server/settings-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['update', 'partnership']);
  const { partnership, version } = await loadPartnership();
  return {
    saved: url.searchParams.has('saved'),
    values: { ...settingsValues(partnership.settings), version: String(version) },
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireAllowed(locals, ['update', 'partnership']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const saved = await saveSettings(values, partnership);
    if (!saved.ok) return saved.failure;
    redirect(303, '/admin/settings?saved');
  },
};
