/**
 * CSV import: upload a file, see every row's problems (row number, column, message) in
 * a preview that writes nothing, then import all rows at once. The file travels back
 * with the commit form, so nothing is kept on the server between the two steps. Both
 * steps run the import's queries as the signed-in person, so each row is checked
 * against what they may write.
 */
import type { RowError } from '@equal-partners/shared';
import { fail } from '@sveltejs/kit';
import { csvImports, type CsvImportPath } from '@equal-partners/functions/imports/csv-import-queries';
import { ruleText } from '#lib/forms/field-errors.ts';
import type { FieldError } from '#lib/forms/form-values.ts';
import { requestLocale, t } from '#lib/server/text.ts';
import { attempt, type Outcome } from '#lib/server/queries.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const kinds = ['activities', 'loops'] as const satisfies readonly CsvImportPath[];
type Kind = (typeof kinds)[number];

export const load: PageServerLoad = ({ locals }) => {
  requireAllowed(locals, ['create', 'activity']);
  return { kinds };
};

function kindOf(value: FormDataEntryValue | null): Kind | undefined {
  return kinds.find((k) => k === value);
}

/** Row errors in the page's language: a broken rule in its words, any other error as the import said it. */
function inPageLanguage(errors: readonly RowError[]): RowError[] {
  const locale = requestLocale();
  return errors.map((error) => ({ ...error, message: ruleText(error, locale) }));
}

/** The import's refusal, shown on the file field, with each row's errors when it has them. */
function refused(kind: Kind, result: Extract<Outcome<unknown>, { ok: false }>) {
  return fail(result.status, {
    stage: 'upload' as const,
    values: { kind },
    errors: [{ field: 'file', message: result.problem.detail }],
    rowErrors: inPageLanguage(result.problem.rowErrors ?? []),
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
    const result = await attempt(csvImports[kind].preview, { csv });
    if (!result.ok) return refused(kind, result);
    return {
      stage: 'preview' as const,
      values: { kind },
      errors: [],
      rowErrors: inPageLanguage(result.value.errors),
      kind,
      fileName: file.name,
      csv: Buffer.from(csv).toString('base64'),
      preview: result.value,
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
    const result = await attempt(csvImports[kind].commit, { csv });
    if (!result.ok) return refused(kind, result);
    return {
      stage: 'done' as const,
      values: {},
      errors: [],
      rowErrors: [] as RowError[],
      kind,
      created: result.value.created,
      unchanged: result.value.unchanged,
    };
  },
};
