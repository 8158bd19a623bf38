/**
 * CSV import: upload a file, see every row's problems (row number, column, message) in
 * a preview that writes nothing, then import all rows at once. The file travels back
 * with the commit form, so nothing is kept on the server between the two steps.
 */
import type { RowError } from '@equal-partners/shared';
import { fail } from '@sveltejs/kit';
import type { FieldError } from '#lib/forms/form-values.ts';
import { t } from '#lib/i18n/index.ts';
import { send } from '#lib/server/api.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const kinds = ['activities', 'loops'] as const;
type Kind = (typeof kinds)[number];

interface Preview {
  rows: number;
  valid: boolean;
  toCreate: number;
  unchanged: number;
  errors: RowError[];
}

export const load: PageServerLoad = ({ locals }) => {
  requireAllowed(locals, ['create', 'activity']);
  return { kinds };
};

function kindOf(value: FormDataEntryValue | null): Kind | undefined {
  return kinds.find((k) => k === value);
}

/** Sends the file to the API's import, as a preview or for real. */
async function importCsv(kind: Kind, csv: string, commit: boolean) {
  return send<Preview & { created?: number }>(`/api/v1/${kind}:import?commit=${commit}`, {
    method: 'POST',
    body: csv,
    contentType: 'text/csv',
  });
}

export const actions: Actions = {
  preview: async ({ locals, request }) => {
    requireAllowed(locals, ['create', 'activity']);
    const form = await request.formData();
    const kind = kindOf(form.get('kind'));
    const file = form.get('file');
    const errors: FieldError[] = [];
    if (!kind) errors.push({ field: 'kind', message: t('import.error.kind') });
    if (!(file instanceof File) || file.size === 0) errors.push({ field: 'file', message: t('import.error.file') });
    else if (!/\.csv$/i.test(file.name)) errors.push({ field: 'file', message: t('import.error.notCsv') });
    if (errors.length > 0 || !kind || !(file instanceof File))
      return fail(400, { stage: 'upload' as const, values: { kind: kind ?? '' }, errors, rowErrors: [] as RowError[] });
    const csv = await file.text();
    const result = await importCsv(kind, csv, false);
    if (!result.ok) {
      return fail(result.status, {
        stage: 'upload' as const,
        values: { kind },
        errors: [{ field: 'file', message: result.problem.detail }],
        rowErrors: result.problem.rowErrors ?? [],
      });
    }
    return {
      stage: 'preview' as const,
      values: { kind },
      errors: [],
      rowErrors: result.body.errors,
      kind,
      fileName: file.name,
      csv: Buffer.from(csv).toString('base64'),
      preview: result.body,
    };
  },
  commit: async ({ locals, request }) => {
    requireAllowed(locals, ['create', 'activity']);
    const form = await request.formData();
    const kind = kindOf(form.get('kind'));
    const csv = Buffer.from(String(form.get('csv') ?? ''), 'base64').toString('utf8');
    if (!kind || csv === '') {
      const errors = [{ field: 'file', message: t('import.error.file') }];
      return fail(400, { stage: 'upload' as const, values: {}, errors, rowErrors: [] as RowError[] });
    }
    const result = await importCsv(kind, csv, true);
    if (!result.ok) {
      return fail(result.status, {
        stage: 'upload' as const,
        values: { kind },
        errors: [{ field: 'file', message: result.problem.detail }],
        rowErrors: result.problem.rowErrors ?? [],
      });
    }
    return {
      stage: 'done' as const,
      values: {},
      errors: [],
      rowErrors: [] as RowError[],
      kind,
      created: result.body.created ?? 0,
      unchanged: result.body.unchanged,
    };
  },
};
