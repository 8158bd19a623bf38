import { redirect } from '@sveltejs/kit';
import { rawValues } from '#lib/forms/read-form.ts';
import { valueOf, type FieldError } from '#lib/forms/form-values.ts';
import { t } from '#lib/i18n/index.ts';
import { requireRole } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { partnershipInput, savePartnership } from '#lib/server/partnership-form.ts';
import { requiredMessages, versionOf } from '#lib/server/record-forms.ts';
import type { Actions, PageServerLoad } from './$types';

const field = 'settings.reviewersSeeExactFigures';
const answers = { yes: true, no: false } as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, ['board-admin']);
  const { partnership, version } = await loadPartnership();
  return {
    saved: url.searchParams.has('saved'),
    values: {
      [field]: partnership.settings.reviewersSeeExactFigures === true ? 'yes' : 'no',
      version: String(version),
    },
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ['board-admin']);
    const values = rawValues(await request.formData());
    const { partnership } = await loadPartnership();
    const answer = valueOf(values, field);
    const errors: FieldError[] =
      answer in answers ? [] : [{ field, message: t('settings.required.settings.reviewersSeeExactFigures') }];
    const saved = await savePartnership(
      {
        ...partnershipInput(partnership),
        settings: {
          ...partnership.settings,
          reviewersSeeExactFigures: answers[answer as keyof typeof answers] ?? false,
        },
      },
      {
        values,
        version: versionOf(values),
        fields: [field],
        labelOf: () => t('settings.field.reviewersSeeExactFigures'),
        requiredOf: requiredMessages('settings'),
        errors,
      },
    );
    if (!saved.ok) return saved.failure;
    redirect(303, '/admin/settings?saved');
  },
};
