/**
 * A person's spreadsheet as the records it describes (docs/decisions/0405): its headings
 * matched to the columns (the plain heading in English or Welsh, or the record's own
 * name), each cell read as its column says, a new reference for each row without one,
 * and every problem of every row at once, worded in the page's language and named by
 * the heading as the file has it.
 */
import type { SheetRow, SheetRowError } from '@equal-partners/functions/imports/sheet-import-queries';
import { maxImportRows } from '@equal-partners/functions/imports/csv-import-queries';
import { ruleText } from '#lib/forms/field-errors.ts';
import { appText, type AppText, type MessageKey } from '#lib/i18n/index.ts';
import {
  cellText,
  isBlank,
  readChoice,
  readChoices,
  readCount,
  readDate,
  readOrganisation,
  readReferences,
  readText,
  readYesNo,
  type CellProblem,
  type CellValue,
  type Read,
} from './sheet-cells.ts';
import { headingKey, type SheetColumn, type SheetContext, type SheetKind } from './sheet-columns.ts';
import type { SheetCells } from './sheet-file.ts';
import type { Fill } from './sheet-write.ts';

/** A problem to show: the row (1 is the headings), the column's heading as the person sees it, and what to do. */
export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

/** What a file's headings and cells make. */
export interface ReadRows {
  rows: SheetRow[];
  problems: SheetProblem[];
  /** The references given to rows that had none. */
  fills: Fill[];
  /** Where the reference column is in the file (from 0), when it has one. */
  referenceColumn: number | undefined;
  /** A column's heading as the person sees it: the file's own, else the page's. */
  headingOf(name: string): string;
}

/** Who is importing: the organisation a blank Organisation cell means (an editor's own), if any. */
export interface Importer {
  signatoryId?: string;
}

/** The row, as a spreadsheet names a column, for a column with no heading: A, B, ... Z, AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The columns the file's headings name, by their place in the file, and what is wrong with the headings. */
export function matchHeadings(
  headings: readonly CellValue[],
  columns: readonly SheetColumn[],
  text: AppText,
): { matched: (SheetColumn | undefined)[]; problems: SheetProblem[] } {
  const byKey = new Map<string, SheetColumn>();
  for (const column of columns)
    for (const name of [column.name, column.headings.en, column.headings.cy]) byKey.set(headingKey(name), column);
  const problems: SheetProblem[] = [];
  const seen = new Set<SheetColumn>();
  const matched = headings.map((cell) => {
    const heading = cellText(cell).trim();
    if (heading === '') return undefined;
    const column = byKey.get(headingKey(heading));
    if (!column) {
      problems.push({ row: 1, column: heading, message: text.t('sheet.heading.unknown', { heading }) });
      return undefined;
    }
    if (seen.has(column)) {
      problems.push({ row: 1, column: heading, message: text.t('sheet.heading.twice', { heading }) });
      return undefined;
    }
    seen.add(column);
    return column;
  });
  return { matched, problems };
}

/** Whether a column must be in the file: a required one, unless its blank cells mean something. */
const mustBePresent = (column: SheetColumn, importer: Importer) =>
  column.required &&
  column.type !== 'reference' &&
  column.type !== 'yes-no' &&
  !(column.type === 'organisation' && importer.signatoryId);

/** A cell's value for the record, or a problem; `undefined` leaves the field out. */
function readCell(cell: CellValue, column: SheetColumn, context: SheetContext, importer: Importer): Read<unknown> {
  if (column.type === 'yes-no') return readYesNo(cell);
  if (isBlank(cell)) {
    if (column.type === 'organisation' && importer.signatoryId) return { value: importer.signatoryId };
    return column.required && column.type !== 'reference' ? { problem: 'required' } : { value: undefined };
  }
  switch (column.type) {
    case 'reference':
      return { value: cellText(cell).trim() };
    case 'organisation':
      return readOrganisation(cell, context.signatories);
    case 'date':
      return readDate(cell);
    case 'count': {
      const count = readCount(cell);
      return 'value' in count && count.value === undefined && column.required ? { problem: 'required' } : count;
    }
    case 'choice':
      return readChoice(cell, column.choices ?? []);
    case 'choices': {
      const choices = readChoices(cell, column.choices ?? []);
      return 'value' in choices && choices.value.length === 0 ? readCell(null, column, context, importer) : choices;
    }
    case 'references':
      return readReferences(cell);
    default:
      return readText(cell);
  }
}

/** A cell problem in words, saying what to do. */
function cellMessage(problem: CellProblem, column: SheetColumn, context: SheetContext, text: AppText): string {
  const values = problem.values ?? {};
  const example =
    problem.problem === 'organisation'
      ? (context.signatories[0]?.name ?? '')
      : (column.choices?.[0]?.labels[text.locale] ?? '');
  return text.t(`sheet.cell.${problem.problem}` as MessageKey, { value: '', ids: '', ...values, example });
}

function setField(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = record;
  for (const key of path.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[path[path.length - 1]!] = value;
}

/** The texts of the template's example row, in both languages, which a row must not keep. */
function exampleTexts(kind: SheetKind): { column: string; texts: string[] } {
  const column = kind === 'activities' ? 'title' : 'youSaid';
  const key = `sheet.example.${kind}.${column}` as MessageKey;
  return { column, texts: [appText('en').t(key), appText('cy').t(key)] };
}

/**
 * The records a file's rows describe, with every problem of its headings and cells.
 * `newReference` gives a row without a reference its own.
 */
export function readRows(
  cells: SheetCells,
  kind: SheetKind,
  columns: readonly SheetColumn[],
  context: SheetContext,
  importer: Importer,
  text: AppText,
  newReference: () => string = () => crypto.randomUUID(),
): ReadRows {
  const { matched, problems } = matchHeadings(cells.headings, columns, text);
  const own = new Map(
    matched.flatMap((column, index) => (column ? [[column.name, cellText(cells.headings[index]!).trim()]] : [])),
  );
  const headingOf = (name: string) =>
    own.get(name) ??
    columns.find((c) => c.name === name || c.name.startsWith(`${name}.`))?.headings[text.locale] ??
    name;
  const missing = columns.filter((column) => mustBePresent(column, importer) && !matched.includes(column));
  for (const column of missing)
    problems.push({
      row: 1,
      column: column.headings[text.locale],
      message: text.t('sheet.heading.missing', { heading: column.headings[text.locale] }),
    });
  const filled = cells.rows.filter(({ cells: values }) => !values.every(isBlank));
  cells.headings.forEach((heading, index) => {
    if (isBlank(heading) && filled.some(({ cells: values }) => !isBlank(values[index] ?? null))) {
      const column = columnLetter(index);
      problems.push({ row: 1, column, message: text.t('sheet.heading.blank', { column }) });
    }
  });
  // A yes or no column left out of the file is no on every row, as its blank cells are.
  const absentYesNo = columns.filter((column) => column.type === 'yes-no' && !matched.includes(column));
  const example = exampleTexts(kind);
  const rows: SheetRow[] = [];
  const fills: Fill[] = [];
  for (const { row, cells: values } of filled.slice(0, maxImportRows + 1)) {
    const record: Record<string, unknown> = {};
    // What a missing column would hold is said once, of the heading row.
    const unread: string[] = missing.map((column) => column.name);
    matched.forEach((column, index) => {
      if (!column) return;
      const read = readCell(values[index] ?? null, column, context, importer);
      if ('problem' in read) {
        unread.push(column.name);
        problems.push({ row, column: headingOf(column.name), message: cellMessage(read, column, context, text) });
      } else if (read.value !== undefined) setField(record, column.path, read.value);
    });
    for (const column of absentYesNo) setField(record, column.path, false);
    // A file without an Organisation column is an editor's own organisation's, as a blank cell is.
    if (record.signatoryId === undefined && importer.signatoryId && !unread.includes('signatoryId'))
      record.signatoryId = importer.signatoryId;
    if (typeof record.id !== 'string' || record.id === '') {
      record.id = newReference();
      fills.push({ row, value: record.id as string });
    }
    if (example.texts.includes(String(record[example.column] ?? '')))
      problems.push({ row, column: headingOf(example.column), message: text.t('sheet.cell.example') });
    rows.push({ row, record, unread });
  }
  const referenceColumn = matched.findIndex((column) => column?.type === 'reference');
  return { rows, problems, fills, referenceColumn: referenceColumn < 0 ? undefined : referenceColumn, headingOf };
}

/** An error the import's query found, worded in the page's language where it gave a code. */
export function queryProblem(
  error: SheetRowError,
  read: Pick<ReadRows, 'headingOf'>,
  record: Record<string, unknown> | undefined,
  text: AppText,
): SheetProblem {
  const column = read.headingOf(error.column);
  const reference = String(record?.id ?? '');
  switch (error.code) {
    case 'refused':
      return { row: error.row, column, message: text.t('sheet.row.refused') };
    case 'reference-taken':
      return { row: error.row, column, message: text.t('sheet.row.referenceTaken', { reference }) };
    case 'reference-twice':
      return { row: error.row, column, message: text.t('sheet.row.referenceTwice', { earlier: error.earlier ?? '' }) };
    case 'changed-since':
      return { row: error.row, column, message: text.t('sheet.row.changedSince') };
    default:
      // A broken rule in the page's language; any other error as the import said it.
      return { row: error.row, column, message: ruleText(error, text.locale) };
  }
}
