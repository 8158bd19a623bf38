/**
 * A person's spreadsheet file as rows of cells: an Excel workbook (`.xlsx`, read with
 * exceljs) or a CSV file (UTF-8, comma, semicolon or tab separated). What cannot be read
 * is refused with a problem the page words: a file of another type, an older Excel file,
 * a CSV file not saved as UTF-8, and a workbook that would unpack to more than
 * `maxUnpackedBytes` (a "zip bomb"), found by unpacking each part under that limit before
 * exceljs reads any of it. Only the web server loads this module (docs/decisions/0405).
 */
import { inflateRawSync } from 'node:zlib';
import { dsvFormat } from 'd3-dsv';
import ExcelJS from 'exceljs';
import type { CellValue } from './sheet-cells.ts';

export type SheetFormat = 'xlsx' | 'csv';

/** The largest file a person may upload. */
export const maxFileBytes = 5 * 1024 * 1024;
/** The most a workbook may unpack to: a few times what the largest import fills. */
export const maxUnpackedBytes = 64 * 1024 * 1024;

/** Why a file cannot be read. */
export type FileProblemCode =
  | 'empty'
  | 'too-big'
  | 'wrong-type'
  | 'old-excel'
  | 'not-xlsx'
  | 'unpacks-too-large'
  | 'encoding'
  | 'binary'
  | 'no-sheet'
  | 'no-rows'
  | 'too-many-rows'
  | 'unreadable';

export class FileProblem extends Error {
  readonly code: FileProblemCode;
  constructor(code: FileProblemCode) {
    super(code);
    this.code = code;
  }
}

/** A file's cells: its first row (the headings) and each row after it, numbered as the spreadsheet numbers them. */
export interface SheetCells {
  format: SheetFormat;
  headings: CellValue[];
  rows: { row: number; cells: CellValue[] }[];
  /** A CSV file's separator and line ending, to write it back the same way. */
  csv?: { separator: string; lineEnding: string; bom: boolean };
}

/** The format a file's name says, or undefined for any other. */
export function formatOf(fileName: string): SheetFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'xlsx' || extension === 'csv' ? extension : undefined;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0]; // Excel 97-2003 (.xls) and other Office binary files

/**
 * Checks, before anything else reads it, that a zip archive unpacks to at most `limit`
 * bytes: every part is unpacked, each stopped as soon as the total would pass the limit,
 * so neither what the archive declares nor what it really holds can make it larger.
 */
export function checkUnpackedSize(bytes: Uint8Array, limit = maxUnpackedBytes): void {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end of central directory record: its signature within the last 64 kB (after a comment).
  let end = -1;
  for (let at = view.length - 22; at >= Math.max(0, view.length - 65_557); at -= 1) {
    if (view.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new FileProblem('not-xlsx');
  const entries = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) throw new FileProblem('not-xlsx');
    const method = view.readUInt16LE(at + 10);
    const packed = view.readUInt32LE(at + 20);
    const declared = view.readUInt32LE(at + 24);
    const nameLength = view.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
    const local = view.readUInt32LE(at + 42);
    // Zip64 sizes (0xFFFFFFFF) belong to archives far larger than any import.
    if (packed === 0xffffffff || declared === 0xffffffff || total + declared > limit)
      throw new FileProblem('unpacks-too-large');
    if (local + 30 > view.length || view.readUInt32LE(local) !== 0x04034b50) throw new FileProblem('not-xlsx');
    const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
    const data = view.subarray(start, start + packed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new FileProblem('unpacks-too-large');
        throw new FileProblem('not-xlsx');
      }
    } else throw new FileProblem('not-xlsx');
    if (total > limit) throw new FileProblem('unpacks-too-large');
    at = next;
  }
}

/** A cell of a workbook as the import reads it: rich text and links as their text, formulas and errors kept apart. */
function workbookCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('formula' in value || 'sharedFormula' in value)
    return {
      formula: String((value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula),
    };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === 'string' ? text : workbookCell(text as ExcelJS.CellValue);
  }
  return null;
}

/** The first worksheet of a workbook, whose first row holds the headings. */
async function readWorkbook(bytes: Uint8Array): Promise<SheetCells> {
  checkUnpackedSize(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new FileProblem('not-xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileProblem('no-sheet');
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, column) => workbookCell(row.getCell(column + 1).value));
  const rows: SheetCells['rows'] = [];
  for (let row = 2; row <= sheet.rowCount; row += 1) rows.push({ row, cells: cellsOf(sheet.getRow(row)) });
  return { format: 'xlsx', headings: cellsOf(sheet.getRow(1)), rows };
}

/** The separator a CSV file uses: the one its first line has most of (Excel writes `;` where `,` is the decimal comma). */
function separatorOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((separator) => ({ separator, count: firstLine.split(separator).length }));
  return counts.sort((a, b) => b.count - a.count)[0]!.separator;
}

/** A CSV file's rows, its text UTF-8 (with or without a byte order mark); any other encoding is refused. */
function readCsvFile(bytes: Uint8Array): SheetCells {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) throw new FileProblem('encoding');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileProblem('encoding');
  }
  // eslint-disable-next-line no-control-regex -- NUL and other control characters mean a binary file, not text
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) throw new FileProblem('binary');
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const separator = separatorOf(text.split(/\r?\n/, 1)[0] ?? '');
  const [headings = [], ...lines] = dsvFormat(separator).parseRows(text);
  return {
    format: 'csv',
    headings,
    rows: lines.map((cells, index) => ({ row: index + 2, cells })),
    csv: { separator, lineEnding: text.includes('\r\n') ? '\r\n' : '\n', bom },
  };
}

/**
 * The cells of a file a person uploaded, by the format its name gives.
 * @throws FileProblem when the file cannot be read as that format
 */
export async function readSheetFile(fileName: string, bytes: Uint8Array): Promise<SheetCells> {
  if (bytes.byteLength === 0) throw new FileProblem('empty');
  if (bytes.byteLength > maxFileBytes) throw new FileProblem('too-big');
  const format = formatOf(fileName);
  if (/\.xls$/i.test(fileName) || startsWith(bytes, oleSignature)) throw new FileProblem('old-excel');
  if (!format) throw new FileProblem('wrong-type');
  if (format === 'xlsx' && !startsWith(bytes, zipSignature)) throw new FileProblem('not-xlsx');
  if (format === 'csv' && startsWith(bytes, zipSignature)) throw new FileProblem('binary');
  return format === 'xlsx' ? readWorkbook(bytes) : readCsvFile(bytes);
}
