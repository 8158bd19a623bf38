/**
 * Spreadsheet import (docs/decisions/0405): upload an Excel workbook or a CSV file, see
 * every problem of every row (row, heading, what to do) in a preview that writes nothing,
 * then import all rows at once: the import writes every row or none, and where it has not
 * finished when the page answers, /manage/import/[id] follows it (docs/decisions/0113). Rows without a reference get one, and the file comes
 * back with them filled in. The file travels back with the import form (with those
 * references, so importing it twice changes nothing), so nothing is kept on the server
 * between the two steps. Both steps run the import's queries as the signed-in person, so
 * each row is checked against what they may write.
 */
import { fail, isHttpError } from '@sveltejs/kit';
import type { SheetImportPreview } from '@equal-partners/functions/imports/sheet-import-queries';
import type { FieldError } from '#lib/forms/form-values.ts';
import { plural, problemDetail, t } from '#lib/server/text.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { sheetKinds, type SheetKind } from '#lib/server/spreadsheet/sheet-columns.ts';
import { FileProblem, maxFileBytes } from '#lib/server/spreadsheet/sheet-file.ts';
import {
  commitFile,
  fileMessage,
  packFile,
  previewFile,
  readFile,
  unpackFile,
  type ReadFile,
} from '#lib/server/spreadsheet/sheet-import.ts';
import type { SheetProblem } from '#lib/server/spreadsheet/sheet-rows.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireAllowed(locals, ['create', 'activity']);
  return { kinds: sheetKinds, maxSize: `${maxFileBytes / 1024 / 1024} MB` };
};

function kindOf(value: FormDataEntryValue | null): SheetKind | undefined {
  return sheetKinds.find((k) => k === value);
}

/** The upload form again, with its errors: the file's own, or the query's, and each row's problems. */
function refused(status: number, kind: SheetKind | undefined, errors: FieldError[], rowErrors: SheetProblem[] = []) {
  return fail(status, { stage: 'upload' as const, values: { kind: kind ?? '' }, errors, rowErrors });
}

/** The form's fields, or the file field's error when the upload is larger than the server reads. */
async function formOf(request: Request): Promise<FormData | undefined> {
  try {
    return await request.formData();
  } catch (caught) {
    if (isHttpError(caught, 413) || (caught as { status?: number }).status === 413) return undefined;
    throw caught;
  }
}

export const actions: Actions = {
  preview: async ({ locals, request }) => {
    const user = requireAllowed(locals, ['create', 'activity']);
    const form = await formOf(request);
    if (!form) return refused(413, undefined, [{ field: 'file', message: fileMessage(new FileProblem('too-big')) }]);
    const kind = kindOf(form.get('kind'));
    const file = form.get('file');
    const errors: FieldError[] = [];
    if (!kind) errors.push({ field: 'kind', message: t('import.error.kind') });
    if (!(file instanceof File) || (file.size === 0 && file.name === ''))
      errors.push({ field: 'file', message: t('sheet.error.file') });
    if (errors.length > 0 || !kind || !(file instanceof File)) return refused(400, kind, errors);
    try {
      const read = await readFile(kind, file.name, new Uint8Array(await file.arrayBuffer()), user);
      const result = await previewFile(kind, read);
      if (!result.ok) return refused(result.status, kind, [{ field: 'file', message: problemDetail(result.problem) }]);
      const { preview, problems } = result.value;
      return {
        stage: 'preview' as const,
        values: { kind },
        errors: [] as FieldError[],
        rowErrors: problems,
        kind,
        fileName: file.name,
        file: packFile(read.bytes),
        filled: read.read.fills.length,
        expected: JSON.stringify(preview.expected),
        duplicates: preview.duplicates,
        preview: { ...summaryOf(preview), valid: problems.length === 0 },
      };
    } catch (caught) {
      if (caught instanceof FileProblem) return refused(400, kind, [{ field: 'file', message: fileMessage(caught) }]);
      throw caught;
    }
  },
  commit: async ({ locals, request }) => {
    const user = requireAllowed(locals, ['create', 'activity']);
    const form = await formOf(request);
    const kind = kindOf(form?.get('kind') ?? null);
    const fileName = String(form?.get('fileName') ?? '');
    if (!form || !kind) return refused(400, kind, [{ field: 'file', message: t('sheet.error.file') }]);
    try {
      const read = await readFile(kind, fileName, unpackFile(form.get('file')), user);
      const expected = expectedOf(form.get('expected'));
      const result =
        read.read.problems.length > 0 ? await refusedAsAWhole(kind, read) : await commitFile(kind, read, expected);
      if (!result.ok) {
        const message =
          result.problems.length > 0
            ? t('sheet.commit.failed', { problems: plural('count.problems', result.problems.length) })
            : result.problem
              ? problemDetail(result.problem)
              : '';
        return refused(result.status, kind, [{ field: 'file', message }], result.problems);
      }
      // The import runs all or nothing (docs/decisions/0113): one that failed kept nothing, and says why.
      const started = result.value;
      if (started.state === 'failed')
        return refused(409, kind, [
          { field: 'file', message: t(`importJob.failed.${started.failure ?? 'store-failed'}`) },
        ]);
      return {
        stage: 'done' as const,
        values: {},
        errors: [] as FieldError[],
        rowErrors: [] as SheetProblem[],
        kind,
        fileName,
        file: Number(form.get('filled') ?? 0) > 0 ? packFile(read.bytes) : undefined,
        ...started,
      };
    } catch (caught) {
      if (caught instanceof FileProblem) return refused(400, kind, [{ field: 'file', message: fileMessage(caught) }]);
      throw caught;
    }
  },
};

/** A file with cells that cannot be read, refused with every problem of every row, the import's own rules' too. */
async function refusedAsAWhole(kind: SheetKind, read: ReadFile) {
  const checked = await previewFile(kind, read);
  if (!checked.ok) return { ...checked, problems: [] as SheetProblem[] };
  return { ok: false as const, status: 422, problem: undefined, problems: checked.value.problems };
}

/** The versions the preview saw, as the import form carries them; without them the import is held to what is stored now. */
function expectedOf(field: FormDataEntryValue | null): Record<string, number> | undefined {
  try {
    const parsed = JSON.parse(String(field ?? '')) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'number')) as Record<
        string,
        number
      >;
  } catch {
    // A field that is not the preview's own.
  }
  return undefined;
}

const summaryOf = (preview: SheetImportPreview) => ({
  rows: preview.rows,
  toCreate: preview.toCreate,
  toUpdate: preview.toUpdate,
  unchanged: preview.unchanged,
});
