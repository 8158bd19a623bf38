/**
 * CSV import for activities and loops as the pages and the API run it: a template whose
 * columns come from the schema, then a preview that lists every row's errors by row
 * number and column, then a commit that writes all rows or, if any row has an error,
 * none. The commit checks the file and hands its rows to the import job, which writes
 * them all or takes back what it wrote (./import-job.ts, docs/decisions/0113). Rows are
 * created idempotently, so committing the same file twice creates nothing new. The route
 * (./csv-import.ts) only reads the request and answers.
 */
import * as z from 'zod/mini';
import { csvParseRows } from 'd3-dsv';
import {
  authorize,
  brokenRule,
  checkHeaders,
  columnOf,
  type CsvColumn,
  csvColumns,
  csvLine,
  type KnownIds,
  type Principal,
  rowToRecord,
  ruleCodes,
  ruleMessage,
  ruleOf,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { getRecords, sameContent, type RecordKind } from '../table/index.ts';
import { ProblemError, recordValues } from '../http/problem.ts';
import { recordIssues, requireAnyWrite, type RecordResource, type RequestReads } from '../records/record-queries.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { activityImport } from '../activities/activity-resource.ts';
import { loopImport } from '../loops/loop-resource.ts';
import { startImport, type ImportStatus } from './import-job.ts';

export const maxImportRows = 5000;

/** A record resource's import: what it shares with the resource, and the columns its map fields expand into. */
export interface CsvImport extends Pick<
  RecordResource<z.ZodMiniObject>,
  'path' | 'tag' | 'noun' | 'resource' | 'kind' | 'schema' | 'references'
> {
  /** Keys to expand into columns for map fields, from the partnership. */
  mapKeys(known: KnownIds): Record<string, readonly string[]>;
}

/** One cell's error: the row as a spreadsheet numbers it (1 is the header), the column and what is wrong. */
export const csvRowError = z.object({
  row: z.number().check(z.int()),
  column: z.string(),
  message: z.string(),
  /** The rule the cell breaks and the values its message names, where it breaks one (shared/src/records/rules.ts). */
  rule: z.optional(z.enum(ruleCodes)),
  values: z.optional(z.record(z.string(), z.string())),
});

/** What a preview found: how many rows, how many would be created or are already there, and every row's errors. */
export const csvImportPreview = z.object({
  rows: z.number().check(z.int()),
  valid: z.boolean(),
  toCreate: z.number().check(z.int()),
  unchanged: z.number().check(z.int()),
  errors: z.array(csvRowError),
});

/** Where an import stands (./import-job.ts): once complete, the rows created and those already stored with the same content. */
export const csvImportCommitted = z.object({
  id: z.string(),
  resource: z.string(),
  state: z.enum(['pending', 'writing', 'undoing', 'complete', 'failed']),
  rows: z.number().check(z.int()),
  created: z.optional(z.number().check(z.int())),
  updated: z.optional(z.number().check(z.int())),
  unchanged: z.optional(z.number().check(z.int())),
  failure: z.optional(z.enum(['changed-meanwhile', 'store-failed', 'out-of-time'])),
});

export type CsvRowError = z.infer<typeof csvRowError>;
export type CsvImportPreview = z.infer<typeof csvImportPreview>;
export type CsvImportCommitted = ImportStatus;

/** The template: a file name and its one line, the header row. */
export interface CsvTemplate {
  fileName: string;
  csv: string;
}

/** A file to import: its text as uploaded, UTF-8 with or without a byte order mark. */
export interface CsvImportInput {
  csv: string;
}

type ImportDeps = Pick<QueryDeps, 'store' | 'today' | 'now'>;

interface Checked {
  rows: number;
  records: Record<string, unknown>[];
  /** The records no row of which is stored yet: what a commit writes. */
  creates: Record<string, unknown>[];
  errors: CsvRowError[];
  unchanged: number;
}

/** A data row and its number as a spreadsheet shows it: row 1 is the header. */
interface CsvRow {
  row: number;
  values: Record<string, string>;
}

/** The file's rows (RFC 4180), without the byte-order mark spreadsheets write. */
function csvRows(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ''));
}

const isBlank = (cells: string[]) => cells.every((cell) => cell === '');

/** Every data row under its header's names; blank lines are skipped but still numbered. */
function readCsv(text: string): CsvRow[] {
  const [header = [], ...lines] = csvRows(text);
  const rows: CsvRow[] = [];
  for (const [index, cells] of lines.entries()) {
    const row = index + 2;
    if (isBlank(cells)) continue;
    if (cells.length !== header.length) {
      throw new ProblemError(
        400,
        'invalid-csv',
        'The file is not valid CSV',
        `Row ${row} has ${cells.length} ${cells.length === 1 ? 'value' : 'values'} but the header row has ${header.length}. ` +
          'Check for a missing or extra comma, or a quote mark that is not closed.',
      );
    }
    rows.push({ row, values: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])) });
  }
  return rows;
}

function headersOf(text: string): string[] {
  return csvRows(text)[0] ?? [];
}

/** The file's text, or a 400 when there is none to read. */
function textOf(input: CsvImportInput): string {
  if (typeof input?.csv !== 'string') throw ProblemError.ofRule(400, 'invalid-csv', 'No file', 'noFile');
  return input.csv;
}

async function checkRows(deps: ImportDeps, spec: CsvImport, text: string, principal: Principal): Promise<Checked> {
  const known = await loadKnownIds(deps.store);
  const columns: CsvColumn[] = csvColumns(spec.schema, spec.mapKeys(known));
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw ProblemError.ofRule(400, 'invalid-csv', 'The file is empty', 'noHeaderRow');
  }
  const headerProblems = checkHeaders(headersOf(text), columns);
  if (headerProblems.length > 0) {
    const errors = headerProblems.map((p) => ({ row: 1, ...p }));
    throw new ProblemError(
      400,
      'invalid-csv-headers',
      'The columns do not match the template',
      ruleMessage('headersNotTemplate'),
      errors.map(({ column, ...said }) => ({ pointer: `/rows/1/${column}`, ...said })),
    ).with({ rule: 'headersNotTemplate', rowErrors: errors });
  }
  const rows = readCsv(text);
  if (rows.length === 0) throw ProblemError.ofRule(400, 'invalid-csv', 'The file has no rows', 'noDataRows');
  if (rows.length > maxImportRows) {
    throw ProblemError.ofRule(413, 'payload-too-large', 'Too many rows', 'tooManyRows', {
      max: String(maxImportRows),
      rows: String(rows.length),
    });
  }
  const records: Record<string, unknown>[] = [];
  const creates: Record<string, unknown>[] = [];
  const errors: CsvRowError[] = [];
  const ids = new Map<string, number>();
  let unchanged = 0;
  // What the rows refer to beyond the partnership (a loop's activities), read once for the whole file.
  const reads: RequestReads = new Map();
  // The records the rows' ids hold already, read together for the whole file.
  const kind = spec.kind as RecordKind<Record<string, unknown>>;
  const sentRows = rows.map(({ row, values }) => ({ row, sent: rowToRecord(values, columns) }));
  const references = sentRows.flatMap(({ sent }) =>
    typeof sent.id === 'string' && sent.id !== '' && sent.id.length <= 64 ? [sent.id] : [],
  );
  const stored = await getRecords(deps.store, kind, references);
  for (const { row: rowNumber, sent } of sentRows) {
    // Every error of the row at once, as a single create finds them (docs/decisions/0019).
    const found = await recordIssues(
      deps,
      spec,
      principal,
      sent,
      (candidate) => authorize(principal, 'create', spec.resource, { signatoryId: candidate.signatoryId }),
      { known, reads },
    );
    for (const issue of [...found.invalid, ...found.broken])
      errors.push({ row: rowNumber, column: columnOf(issue.path, columns), message: issue.message, ...ruleOf(issue) });
    const id = typeof sent.id === 'string' && !found.invalid.some((i) => i.path[0] === 'id') ? sent.id : undefined;
    const earlier = id === undefined ? undefined : ids.get(id);
    if (earlier !== undefined)
      errors.push({ row: rowNumber, column: 'id', ...brokenRule('rowIdTwice', { row: String(earlier) }) });
    if (id !== undefined) ids.set(id, rowNumber);
    if (found.record) records.push(found.record);
    if (found.refusal) {
      // A row the caller may not write is never compared with what is stored, so a preview confirms no guess.
      errors.push({ row: rowNumber, column: 'signatoryId', message: found.refusal.reason, rule: found.refusal.rule });
      continue;
    }
    if (id === undefined) continue;
    const existing = stored.get(id);
    if (
      existing &&
      !authorize(principal, 'read', spec.resource, { signatoryId: String(existing.signatoryId) }).allowed
    ) {
      // Another organisation's record holds the id: say the id is taken, and nothing of what it holds.
      errors.push({ row: rowNumber, column: 'id', ...brokenRule('rowIdTaken', recordValues(spec.noun, id)) });
    } else if (existing && found.record) {
      // A row with errors is compared once they are fixed: its content is not yet what it will be.
      if (sameContent(spec.kind, existing, found.record)) unchanged += 1;
      else
        errors.push({
          row: rowNumber,
          column: 'id',
          ...brokenRule('rowIdHeldDifferently', recordValues(spec.noun, id)),
        });
    } else if (found.record) creates.push(found.record);
  }
  return { rows: rows.length, records, creates, errors, unchanged };
}

const summaryOf = (checked: Checked): CsvImportPreview => ({
  rows: checked.rows,
  valid: checked.errors.length === 0,
  toCreate: checked.records.length - checked.unchanged,
  unchanged: checked.unchanged,
  errors: checked.errors,
});

/**
 * The template, preview and commit of one resource's import. Anyone may read the
 * template; a preview or a commit is for callers who may write something, and each row
 * is checked against what the caller may write.
 * @example const { preview } = csvImportQueries(activityImport); await preview(deps, principal, { csv })
 */
export function csvImportQueries(spec: CsvImport) {
  return {
    /** The header row, one column per field (map fields expanded with the partnership's keys). */
    template: async (
      deps: Pick<QueryDeps, 'store'>,
      _principal: Principal,
      _input?: undefined,
    ): Promise<CsvTemplate> => {
      const columns = csvColumns(spec.schema, spec.mapKeys(await loadKnownIds(deps.store)));
      return { fileName: `${spec.path}-template.csv`, csv: csvLine(columns.map((col) => col.name)) };
    },

    /** Every row's errors and what a commit would create; writes nothing. */
    preview: async (deps: ImportDeps, principal: Principal, input: CsvImportInput): Promise<CsvImportPreview> => {
      requireAnyWrite(principal);
      return summaryOf(await checkRows(deps, spec, textOf(input), principal));
    },

    /**
     * Refuses the file (422, with every row's errors) when any row has an error; otherwise
     * starts the import job that writes every row or none, and answers where it stands.
     */
    commit: async (deps: ImportDeps, principal: Principal, input: CsvImportInput): Promise<CsvImportCommitted> => {
      requireAnyWrite(principal);
      const checked = await checkRows(deps, spec, textOf(input), principal);
      if (checked.errors.length > 0) {
        throw new ProblemError(
          422,
          'invalid-csv-rows',
          'Nothing was imported',
          `${checked.errors.length === 1 ? '1 problem' : `${checked.errors.length} problems`} in the file: fix every row listed, then import again. Nothing was written.`,
          checked.errors.map(({ row, column, ...said }) => ({ pointer: `/rows/${row}/${column}`, ...said })),
        ).with({ rowErrors: checked.errors });
      }
      return startImport(deps, principal, spec.path, {
        rows: checked.rows,
        unchanged: checked.unchanged,
        creates: checked.creates,
        updates: [],
      });
    },
  };
}

export type CsvImportQueries = ReturnType<typeof csvImportQueries>;

/** The resources a CSV file can be imported into, by their path: `activities` and `loops`. */
export const csvImports = {
  activities: csvImportQueries(activityImport),
  loops: csvImportQueries(loopImport),
} as const satisfies Record<string, CsvImportQueries>;

export type CsvImportPath = keyof typeof csvImports;
