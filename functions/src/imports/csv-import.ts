/**
 * CSV import for activities and loops: a template whose columns come from the schema,
 * then a preview that lists every row's errors by row number and column, then a commit
 * that writes all rows or, if any row has an error, none. Rows are created
 * idempotently, so committing the same file twice creates nothing new.
 */
import * as z from 'zod/mini';
import { csvParseRows } from 'd3-dsv';
import {
  actorOf,
  asZodIssues,
  authorize,
  checkHeaders,
  checkReferences,
  columnOf,
  type CsvColumn,
  csvColumns,
  csvLine,
  type KnownIds,
  type Principal,
  rowToRecord,
} from '@equal-partners/shared';
import { createRecord, getRecord, sameContent, type RecordKind } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { aNoun, ProblemError } from '../http/problem.ts';
import { requireAnyWrite, type RecordResource, type ResourceDeps } from '../records/record-queries.ts';
import { loadKnownIds } from '../records/known-ids.ts';

export const maxImportRows = 5000;

/** A record resource's import: what it shares with the resource, and the columns its map fields expand into. */
export interface CsvImport extends Pick<
  RecordResource<z.ZodMiniObject>,
  'path' | 'tag' | 'noun' | 'resource' | 'kind' | 'schema'
> {
  /** Keys to expand into columns for map fields, from the partnership. */
  mapKeys(known: KnownIds): Record<string, readonly string[]>;
}

const rowError = component(
  'CsvRowError',
  z.object({ row: z.number().check(z.int()), column: z.string(), message: z.string() }),
);
const preview = component(
  'CsvImportPreview',
  z.object({
    rows: z.number().check(z.int()),
    valid: z.boolean(),
    toCreate: z.number().check(z.int()),
    unchanged: z.number().check(z.int()),
    errors: z.array(rowError),
  }),
);

type RowError = z.infer<typeof rowError>;

interface Checked {
  rows: number;
  records: Record<string, unknown>[];
  errors: RowError[];
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

async function checkRows(deps: ResourceDeps, spec: CsvImport, text: string, principal: Principal): Promise<Checked> {
  const known = await loadKnownIds(deps.store);
  const columns: CsvColumn[] = csvColumns(spec.schema, spec.mapKeys(known));
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new ProblemError(
      400,
      'invalid-csv',
      'The file is empty',
      'The file has no header row. Start from the template.',
    );
  }
  const headerProblems = checkHeaders(headersOf(text), columns);
  if (headerProblems.length > 0) {
    const errors = headerProblems.map((p) => ({ row: 1, ...p }));
    throw new ProblemError(
      400,
      'invalid-csv-headers',
      'The columns do not match the template',
      'Row 1 must hold the template’s column headers.',
      errors.map((e) => ({ pointer: `/rows/1/${e.column}`, message: e.message })),
    ).with({ rowErrors: errors });
  }
  const rows = readCsv(text);
  if (rows.length === 0)
    throw new ProblemError(400, 'invalid-csv', 'The file has no rows', 'The file has a header row but no data rows.');
  if (rows.length > maxImportRows) {
    throw new ProblemError(
      413,
      'payload-too-large',
      'Too many rows',
      `Import at most ${maxImportRows} rows at a time; this file has ${rows.length}.`,
    );
  }
  const records: Record<string, unknown>[] = [];
  const errors: RowError[] = [];
  const ids = new Map<string, number>();
  let unchanged = 0;
  for (const { row: rowNumber, values } of rows) {
    const parsed = spec.schema.safeParse(rowToRecord(values, columns));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row: rowNumber, column: columnOf(issue.path, columns), message: issue.message });
      continue;
    }
    const record = parsed.data as Record<string, unknown> & { id: string; signatoryId: string };
    for (const issue of asZodIssues(checkReferences(record, known, deps.today()))) {
      errors.push({ row: rowNumber, column: columnOf(issue.path, columns), message: issue.message });
    }
    const earlier = ids.get(record.id);
    if (earlier !== undefined) errors.push({ row: rowNumber, column: 'id', message: `Row ${earlier} has the same id` });
    ids.set(record.id, rowNumber);
    records.push(record);
    const decision = authorize(principal, 'create', spec.resource, { signatoryId: record.signatoryId });
    if (!decision.allowed) {
      // A row the caller may not write is never compared with what is stored, so a preview confirms no guess.
      errors.push({ row: rowNumber, column: 'signatoryId', message: decision.reason });
      continue;
    }
    const existing = await getRecord(deps.store, spec.kind as RecordKind<Record<string, unknown>>, record.id);
    if (
      existing &&
      !authorize(principal, 'read', spec.resource, { signatoryId: String(existing.signatoryId) }).allowed
    ) {
      // Another organisation's record holds the id: say the id is taken, and nothing of what it holds.
      errors.push({
        row: rowNumber,
        column: 'id',
        message: `${aNoun(spec.noun)} with the id "${record.id}" already exists: use another id`,
      });
    } else if (existing) {
      if (sameContent(spec.kind, existing, record)) unchanged += 1;
      else
        errors.push({
          row: rowNumber,
          column: 'id',
          message: `${aNoun(spec.noun)} with the id "${record.id}" already exists with different content`,
        });
    }
  }
  return { rows: rows.length, records, errors, unchanged };
}

export function csvImportRoutes(deps: ResourceDeps, spec: CsvImport) {
  const template = createRoute({
    method: 'get',
    path: `/${spec.path}:import-template`,
    tags: [spec.tag],
    summary: `The CSV template for importing ${spec.path}`,
    description: 'UTF-8 CSV with one column per field; lists are separated by semicolons, yes/no for booleans.',
    responses: { 200: { description: 'The header row', content: { 'text/csv': { schema: z.string() } } } },
  });

  const importRoute = createRoute({
    method: 'post',
    path: `/${spec.path}:import`,
    tags: [spec.tag],
    summary: `Import ${spec.path} from CSV`,
    description:
      'Without `commit=true`, checks the file and reports every row’s errors (a preview). With `commit=true`, writes every row, or nothing when any row has an error. UTF-8 with or without a byte order mark.',
    security: bearer,
    request: {
      query: z.object({ commit: z._default(z.enum(['true', 'false']), 'false') }),
      body: { content: { 'text/csv': { schema: z.string() } }, required: true },
    },
    responses: {
      200: { description: 'The preview', content: { 'application/json': { schema: preview } } },
      201: {
        description: 'Committed: every row written',
        content: {
          'application/json': {
            schema: z.object({ created: z.number().check(z.int()), unchanged: z.number().check(z.int()) }),
          },
        },
      },
      ...pick(400, 401, 403, 413, 415, 422),
    },
  });

  return new ApiRoutes<ApiEnv>()
    .openapi(template, async (c) => {
      const columns = csvColumns(spec.schema, spec.mapKeys(await loadKnownIds(deps.store)));
      c.header('Content-Disposition', `attachment; filename="${spec.path}-template.csv"`);
      return c.body(csvLine(columns.map((col) => col.name)), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    })
    .openapi(importRoute, async (c) => {
      const principal = c.get('principal');
      requireAnyWrite(principal);
      const { commit } = c.req.valid('query');
      const checked = await checkRows(deps, spec, await c.req.text(), principal);
      const summary = {
        rows: checked.rows,
        valid: checked.errors.length === 0,
        toCreate: checked.records.length - checked.unchanged,
        unchanged: checked.unchanged,
        errors: checked.errors,
      };
      if (commit !== 'true') return c.json(summary, 200);
      if (checked.errors.length > 0) {
        throw new ProblemError(
          422,
          'invalid-csv-rows',
          'Nothing was imported',
          `${checked.errors.length === 1 ? '1 problem' : `${checked.errors.length} problems`} in the file: fix every row listed, then import again. Nothing was written.`,
          checked.errors.map((e) => ({ pointer: `/rows/${e.row}/${e.column}`, message: e.message })),
        ).with({ rowErrors: checked.errors });
      }
      let created = 0;
      for (const record of checked.records) {
        const result = await createRecord(
          deps.store,
          spec.kind as RecordKind<Record<string, unknown>>,
          record,
          actorOf(principal),
          deps.now(),
        );
        if (result.created) created += 1;
      }
      return c.json({ created, unchanged: checked.records.length - created }, 201);
    });
}
