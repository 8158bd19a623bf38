/**
 * The spreadsheet import the pages run (docs/decisions/0405): rows the web server has
 * already read from a person's file (headings, dates, organisations and yes/no turned into
 * the record's own values) are checked as the CSV import checks them, every error of every
 * row at once, and then handed to the import job, which writes them all or none
 * (./import-job.ts, docs/decisions/0113). Unlike the API's CSV import, a row whose
 * reference is already stored with other content updates that record, so a corrected file
 * imported again changes its rows instead of duplicating them; a row stored with the same
 * content is unchanged. Only the pages import this module: the api function never bundles it.
 */
import {
  authorize,
  brokenRule,
  columnOf,
  csvColumns,
  ruleOf,
  type CsvColumn,
  type Principal,
  type RuleCode,
  type RuleValues,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { recordIssues, requireAnyWrite, type RequestReads } from '../records/record-queries.ts';
import { getRecords, sameContent, type RecordKind } from '../table/index.ts';
import { activityImport } from '../activities/activity-resource.ts';
import { loopImport } from '../loops/loop-resource.ts';
import { maxImportRows, type CsvImport } from './csv-import-queries.ts';
import { startImport, type ImportStatus, type ImportUpdate } from './import-job.ts';

/** One row as the page read it: its number in the file (1 is the heading row) and the record its cells make. */
export interface SheetRow {
  row: number;
  /** The record the row's cells describe, with the record's own names and values; empty cells left out. */
  record: Record<string, unknown>;
  /** Columns whose cells the page could not read (and has said why): what the rules say of them is not said again. */
  unread?: readonly string[];
}

/** What a page sends to check or import. */
export interface SheetImportInput {
  rows: readonly SheetRow[];
  /**
   * The version of each row's record when the preview checked it (0: none stored), by
   * reference. An import refuses a row whose record has changed since, so what the
   * preview promised is what is written.
   */
  expected?: Readonly<Record<string, number>>;
}

/** Why a row cannot be imported as it is, beyond the record's own rules: each the page words in its own language. */
export type SheetProblemCode = 'refused' | 'reference-taken' | 'reference-twice' | 'changed-since';

/** One error of a row: the row, the column by its record name, the English message, and a code where the page words it. */
export interface SheetRowError {
  row: number;
  column: string;
  message: string;
  code?: SheetProblemCode;
  /** The rule the cell breaks and the values its message names, for the page to word it in its language. */
  rule?: RuleCode;
  values?: RuleValues;
  /** The row that already had this reference (`reference-twice`). */
  earlier?: number;
}

/** Two rows of one file that describe the same record in every field but the reference: probably one entered twice. */
export interface LikelyDuplicate {
  row: number;
  sameAs: number;
}

/** What a preview found, and what an import would do. */
export interface SheetImportPreview {
  rows: number;
  valid: boolean;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errors: SheetRowError[];
  duplicates: LikelyDuplicate[];
  /** Each reference's stored version now (0: none), for the import to hold the preview to. */
  expected: Record<string, number>;
}

/** Where an import stands (./import-job.ts): once complete, what it wrote. */
export type SheetImportCommitted = ImportStatus;

type ImportDeps = Pick<QueryDeps, 'store' | 'today' | 'now'>;
type AnyKind = RecordKind<Record<string, unknown>>;

interface Plan {
  preview: SheetImportPreview;
  creates: Record<string, unknown>[];
  updates: ImportUpdate[];
}

/** Whether an error about `column` is about a cell the page could not read (the cell itself, or a field holding it). */
const aboutUnread = (column: string, unread: readonly string[] = []) =>
  unread.some((name) => name === column || name.startsWith(`${column}.`) || column.startsWith(`${name}.`));

/** A record's content but its reference, to find rows entered twice. */
const withoutReference = (record: Record<string, unknown>) => JSON.stringify({ ...record, id: undefined });

async function plan(deps: ImportDeps, spec: CsvImport, principal: Principal, input: SheetImportInput): Promise<Plan> {
  const { rows, expected } = input;
  if (rows.length === 0) throw ProblemError.ofRule(400, 'invalid-csv', 'The file has no rows', 'noDataRows');
  if (rows.length > maxImportRows) {
    throw ProblemError.ofRule(413, 'payload-too-large', 'Too many rows', 'tooManyRows', {
      max: String(maxImportRows),
      rows: String(rows.length),
    });
  }
  const known = await loadKnownIds(deps.store);
  const columns: CsvColumn[] = csvColumns(spec.schema, spec.mapKeys(known));
  const kind = spec.kind as AnyKind;
  const references = rows.flatMap(({ record }) =>
    typeof record.id === 'string' && record.id !== '' ? [record.id] : [],
  );
  const stored = await getRecords(
    deps.store,
    kind,
    references.filter((id) => id.length <= 64),
  );
  const reads: RequestReads = new Map();
  const errors: SheetRowError[] = [];
  const duplicates: LikelyDuplicate[] = [];
  const creates: Record<string, unknown>[] = [];
  const updates: ImportUpdate[] = [];
  const seenReferences = new Map<string, number>();
  const seenContent = new Map<string, number>();
  const versions: Record<string, number> = {};
  let unchanged = 0;
  for (const { row, record: sent, unread } of rows) {
    // Every error of the row at once, as a single create finds them (docs/decisions/0019).
    const found = await recordIssues(
      deps,
      spec,
      principal,
      sent,
      (candidate) => authorize(principal, 'create', spec.resource, { signatoryId: candidate.signatoryId }),
      { known, reads },
    );
    for (const issue of [...found.invalid, ...found.broken]) {
      const column = columnOf(issue.path, columns);
      if (!aboutUnread(column, unread)) errors.push({ row, column, message: issue.message, ...ruleOf(issue) });
    }
    const id = typeof sent.id === 'string' && !found.invalid.some((i) => i.path[0] === 'id') ? sent.id : undefined;
    const earlier = id === undefined ? undefined : seenReferences.get(id);
    if (earlier !== undefined)
      errors.push({
        row,
        column: 'id',
        ...brokenRule('rowIdTwice', { row: String(earlier) }),
        code: 'reference-twice',
        earlier,
      });
    if (id !== undefined && earlier === undefined) seenReferences.set(id, row);
    if (found.record) {
      const same = seenContent.get(withoutReference(found.record));
      if (same !== undefined) duplicates.push({ row, sameAs: same });
      else seenContent.set(withoutReference(found.record), row);
    }
    if (found.refusal) {
      // A row the caller may not write is never compared with what is stored, so a preview confirms no guess.
      errors.push({
        row,
        column: 'signatoryId',
        message: found.refusal.reason,
        rule: found.refusal.rule,
        code: 'refused',
      });
      continue;
    }
    if (id === undefined || earlier !== undefined) continue;
    const existing = stored.get(id);
    const mayRead =
      existing === undefined ||
      authorize(principal, 'read', spec.resource, { signatoryId: String(existing.signatoryId) }).allowed;
    if (!mayRead) {
      // Another organisation's record holds the reference: say it is taken, and nothing of what it holds.
      errors.push({ row, column: 'id', ...brokenRule('rowReferenceTaken', { id }), code: 'reference-taken' });
      continue;
    }
    versions[id] = existing?.version ?? 0;
    if (expected && (expected[id] ?? 0) !== versions[id]) {
      errors.push({ row, column: 'id', message: 'Changed since the file was checked', code: 'changed-since' });
      continue;
    }
    // A row with errors is compared once they are fixed: its content is not yet what it will be.
    if (!found.record) continue;
    if (!existing) creates.push(found.record);
    else if (sameContent(kind, existing, found.record)) unchanged += 1;
    else {
      const update = authorize(principal, 'update', spec.resource, { signatoryId: String(existing.signatoryId) });
      if (update.allowed)
        updates.push({ id, input: found.record, expectedVersion: existing.version, before: existing });
      else errors.push({ row, column: 'signatoryId', message: update.reason, rule: update.rule, code: 'refused' });
    }
  }
  return {
    preview: {
      rows: rows.length,
      valid: errors.length === 0,
      toCreate: creates.length,
      toUpdate: updates.length,
      unchanged,
      errors,
      duplicates,
      expected: versions,
    },
    creates,
    updates,
  };
}

/**
 * The preview and the import of one resource's spreadsheet rows, as the signed-in person:
 * each row is checked against what they may write.
 * @example await sheetImports.activities.preview(deps, principal, { rows })
 */
export function sheetImportQueries(spec: CsvImport) {
  return {
    /** Every row's errors, the rows that look entered twice, and what an import would create, update or leave; writes nothing. */
    preview: async (deps: ImportDeps, principal: Principal, input: SheetImportInput): Promise<SheetImportPreview> => {
      requireAnyWrite(principal);
      return (await plan(deps, spec, principal, input)).preview;
    },

    /**
     * Refuses the rows (422, with every row's errors) when any row has an error; otherwise
     * starts the import job that writes every row or none, and answers where it stands.
     */
    commit: async (deps: ImportDeps, principal: Principal, input: SheetImportInput): Promise<SheetImportCommitted> => {
      requireAnyWrite(principal);
      const { preview, creates, updates } = await plan(deps, spec, principal, input);
      if (!preview.valid) {
        throw new ProblemError(
          422,
          'invalid-csv-rows',
          'Nothing was imported',
          `${preview.errors.length === 1 ? '1 problem' : `${preview.errors.length} problems`} in the file: fix every row listed, then import again. Nothing was written.`,
        ).with({ rowErrors: preview.errors });
      }
      return startImport(deps, principal, spec.path, {
        rows: preview.rows,
        unchanged: preview.unchanged,
        creates,
        updates,
      });
    },
  };
}

export type SheetImportQueries = ReturnType<typeof sheetImportQueries>;

/** The resources a spreadsheet can be imported into, by their path. */
export const sheetImports = {
  activities: sheetImportQueries(activityImport),
  loops: sheetImportQueries(loopImport),
} as const satisfies Record<string, SheetImportQueries>;

export type SheetImportPath = keyof typeof sheetImports;
