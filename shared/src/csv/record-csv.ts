/**
 * CSV columns derived from a record's schema, so a spreadsheet template can never
 * drift from what the API accepts. Nested fields become dotted columns
 * (`participants.total`), lists are separated by semicolons (`parents-carers;families`),
 * and a map of counts gets one column per known key (`participants.groups.send`).
 */
import type * as z from 'zod/mini';
import { brokenRule, type BrokenRule, type RuleCode } from '../records/rules.ts';

type Leaf = 'string' | 'number' | 'boolean' | 'list';

export interface CsvColumn {
  /** The header, e.g. `participants.total`. */
  name: string;
  path: string[];
  leaf: Leaf;
  required: boolean;
}

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional and default wrappers, reporting whether the field may be left empty. */
function unwrap(schema: z.core.$ZodType): { schema: z.core.$ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return { schema: current, optional };
    }
  }
}

/**
 * The columns of a record schema. `mapKeys` lists the keys to expand for map fields,
 * e.g. `{ 'participants.groups': ['send', 'fsm'] }`.
 */
export function csvColumns(schema: z.core.$ZodType, mapKeys: Record<string, readonly string[]> = {}): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const walk = (node: z.core.$ZodType, path: string[], parentOptional: boolean) => {
    const { schema: inner, optional } = unwrap(node);
    const required = !optional && !parentOptional;
    const def = defOf(inner);
    const name = path.join('.');
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, [...path, key], !required);
        return;
      case 'record':
        for (const key of mapKeys[name] ?? [])
          columns.push({ name: `${name}.${key}`, path: [...path, key], leaf: 'number', required: false });
        return;
      case 'array':
        columns.push({ name, path, leaf: 'list', required });
        return;
      case 'number':
      case 'int':
        columns.push({ name, path, leaf: 'number', required });
        return;
      case 'boolean':
        columns.push({ name, path, leaf: 'boolean', required });
        return;
      default:
        columns.push({ name, path, leaf: 'string', required });
    }
  };
  walk(schema, [], false);
  return columns;
}

const truthy = new Set(['true', 'yes', 'y', '1']);
const falsy = new Set(['false', 'no', 'n', '0']);

function convert(value: string, leaf: Leaf): unknown {
  const text = value.trim();
  switch (leaf) {
    case 'number':
      // A value that is not a number is passed on as text, so the schema names the column.
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case 'boolean':
      return truthy.has(text.toLowerCase()) ? true : falsy.has(text.toLowerCase()) ? false : text;
    case 'list':
      return text
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    default:
      return text;
  }
}

/** Builds the record a row describes; empty cells are left out, so defaults and "optional" apply. */
export function rowToRecord(row: Record<string, string>, columns: readonly CsvColumn[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = row[column.name];
    if (cell === undefined || cell.trim() === '') continue;
    let target = record;
    for (const key of column.path.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[column.path[column.path.length - 1]!] = convert(cell, column.leaf);
  }
  return record;
}

/** The column a schema issue is about: the longest column name its path starts with. */
export function columnOf(path: readonly PropertyKey[], columns: readonly CsvColumn[]): string {
  const dotted = path.map(String).join('.');
  const match = columns
    .filter((c) => dotted === c.name || dotted.startsWith(`${c.name}.`))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return match?.name ?? (path.length > 0 ? dotted : '(row)');
}

export interface HeaderProblem extends BrokenRule {
  column: string;
}

/** Checks a file's header row: every column known, every required column present, none twice. */
export function checkHeaders(headers: readonly string[], columns: readonly CsvColumn[]): HeaderProblem[] {
  const known = new Set(columns.map((c) => c.name));
  const problems: HeaderProblem[] = [];
  const seen = new Set<string>();
  const problem = (rule: RuleCode, column: string) => ({ column, ...brokenRule(rule, { column }) });
  for (const header of headers) {
    if (!known.has(header)) problems.push(problem('unknownColumn', header));
    if (seen.has(header)) problems.push(problem('columnTwice', header));
    seen.add(header);
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.name)) problems.push(problem('requiredColumnMissing', column.name));
  }
  return problems;
}

/**
 * Text a spreadsheet will not run: a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by Excel and others (CSV injection), so such text
 * gets a leading apostrophe, which spreadsheets show as text. For text only: numbers are
 * written as numbers.
 *
 * @example
 * spreadsheetSafe('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * spreadsheetSafe('Oakfield School') // 'Oakfield School'
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV line (RFC 4180, ending in a line feed): a field holding a comma, a double quote
 * or a line break is quoted, with its double quotes doubled.
 *
 * @example
 * csvLine(['id', 'youSaid']) // 'id,youSaid\n'
 * csvLine(['a,b', 'say "hi"']) // '"a,b","say ""hi"""\n'
 */
export function csvLine(fields: readonly string[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${fields.map(field).join(',')}\n`;
}
