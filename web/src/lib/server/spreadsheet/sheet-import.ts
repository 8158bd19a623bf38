/**
 * What the import page, the template and export files ask of a spreadsheet, as the
 * person signed in to this request and in their language (docs/decisions/0405): the
 * partnership's organisations, groups and principles the columns depend on, a file read
 * and checked by the import's queries with every problem worded, and a file carried
 * between the preview and the import (gzip, then base64: a form field, not kept on the server).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { sheetImports, type SheetImportPreview } from '@equal-partners/functions/imports/sheet-import-queries';
import { maxImportRows } from '@equal-partners/functions/imports/csv-import-queries';
import { attempt, type Outcome } from '#lib/server/queries.ts';
import { loadPartnership, loadSignatories } from '#lib/server/partnership.ts';
import { requestText } from '#lib/server/text.ts';
import type { SignedInUser } from '#lib/server/session.ts';
import { sheetColumns, type SheetColumn, type SheetContext, type SheetKind } from './sheet-columns.ts';
import { FileProblem, maxFileBytes, readSheetFile, type SheetCells, type SheetFormat } from './sheet-file.ts';
import { queryProblem, readRows, type Importer, type ReadRows, type SheetProblem } from './sheet-rows.ts';
import { withReferences } from './sheet-write.ts';

/** The partnership as the columns need it. */
export async function loadSheetContext(): Promise<SheetContext> {
  const [{ partnership }, signatories] = await Promise.all([loadPartnership(), loadSignatories()]);
  return {
    signatories: [...signatories].sort((a, b) => a.name.localeCompare(b.name)).map(({ id, name }) => ({ id, name })),
    groups: partnership.groups.map(({ id, label }) => ({ id, label })),
    principles: partnership.charter.principles.map(({ id, title }) => ({ id, title })),
  };
}

/** Who imports: an editor's organisation is what a blank Organisation cell means. */
export function importerOf(user: SignedInUser): Importer {
  return user.role === 'signatory-editor' && user.signatoryId ? { signatoryId: user.signatoryId } : {};
}

/** A file as a form field: gzip (a CSV file shrinks several times), then base64. */
export const packFile = (bytes: Uint8Array): string => gzipSync(bytes).toString('base64');

/** A form field's file, refused when it is not one `packFile` made or unpacks past the largest file. */
export function unpackFile(field: FormDataEntryValue | null): Uint8Array {
  try {
    return new Uint8Array(gunzipSync(Buffer.from(String(field ?? ''), 'base64'), { maxOutputLength: maxFileBytes }));
  } catch {
    throw new FileProblem('unreadable');
  }
}

/** A file problem in the page's words. */
export function fileMessage(problem: FileProblem): string {
  const text = requestText();
  return text.t(`sheet.file.${problem.code}`, {
    size: `${maxFileBytes / 1024 / 1024} MB`,
    max: text.formatNumber(maxImportRows),
  });
}

/** A file read: its cells, its rows as records, the file given back with the references filled in. */
export interface ReadFile {
  cells: SheetCells;
  read: ReadRows;
  columns: SheetColumn[];
  /** The file as it will be imported: the person's own, with the references the import gave its rows. */
  bytes: Uint8Array;
}

/**
 * Reads a person's file for `kind`: its rows as records, every heading and cell problem,
 * and the file with references in the rows that had none.
 * @throws FileProblem when the file cannot be read, is empty of rows or has too many
 */
export async function readFile(
  kind: SheetKind,
  fileName: string,
  bytes: Uint8Array,
  user: SignedInUser,
): Promise<ReadFile> {
  const cells = await readSheetFile(fileName, bytes);
  const context = await loadSheetContext();
  const columns = sheetColumns(kind, context);
  const text = requestText();
  const read = readRows(cells, kind, columns, context, importerOf(user), text);
  if (read.rows.length === 0) throw new FileProblem('no-rows');
  if (read.rows.length > maxImportRows) throw new FileProblem('too-many-rows');
  const reference = columns.find((c) => c.type === 'reference')!;
  const filled =
    read.fills.length > 0
      ? await withReferences(cells, bytes, read.referenceColumn, reference.headings[text.locale], read.fills)
      : bytes;
  return { cells, read, columns, bytes: filled };
}

/** Every problem, in the order of the rows, then of the columns as found. */
export function inRowOrder(problems: readonly SheetProblem[]): SheetProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.row - b.problem.row || a.index - b.index)
    .map(({ problem }) => problem);
}

/** The preview of a read file, with the query's errors worded beside the file's own. */
export async function previewFile(
  kind: SheetKind,
  file: ReadFile,
): Promise<Outcome<{ preview: SheetImportPreview; problems: SheetProblem[] }>> {
  const outcome = await attempt(sheetImports[kind].preview, { rows: file.read.rows });
  if (!outcome.ok) return outcome;
  const text = requestText();
  const records = new Map(file.read.rows.map((r) => [r.row, r.record]));
  const problems = inRowOrder([
    ...file.read.problems,
    ...outcome.value.errors.map((error) => queryProblem(error, file.read, records.get(error.row), text)),
  ]);
  return { ok: true, value: { preview: outcome.value, problems } };
}

/** The import of a read file, held to the versions the preview saw; the query's refusal with each row's error worded. */
export async function commitFile(kind: SheetKind, file: ReadFile, expected: Record<string, number> | undefined) {
  const outcome = await attempt(sheetImports[kind].commit, { rows: file.read.rows, ...(expected ? { expected } : {}) });
  if (outcome.ok) return { ...outcome, problems: [] as SheetProblem[] };
  const text = requestText();
  const records = new Map(file.read.rows.map((r) => [r.row, r.record]));
  const rowErrors = (outcome.problem.rowErrors ?? []) as Parameters<typeof queryProblem>[0][];
  return {
    ...outcome,
    problems: inRowOrder(rowErrors.map((error) => queryProblem(error, file.read, records.get(error.row), text))),
  };
}

/** The base of a file's name, for the copy given back: `activities.xlsx` gives `activities`. */
export const baseName = (name: string): string => name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-') || 'import';

const contentTypes: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A spreadsheet as a download that no shared cache keeps (it holds records that are not public). */
export function sheetResponse(bytes: Uint8Array, format: SheetFormat, fileName: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      'content-type': contentTypes[format],
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '-')}"`,
      'cache-control': 'private, no-store',
    },
  });
}
