/**
 * Writing spreadsheets people open (docs/decisions/0405): the templates, the exports of the
 * record lists, and a person's own file given back with the references the import filled
 * in. An Excel workbook has the records on its first sheet (headings in bold, frozen above
 * the rows, dates as real dates) and the allowed values on its second; a CSV file is UTF-8
 * with a byte order mark, so Excel reads its Welsh letters (ŵ, ŷ) right. Text a
 * spreadsheet would run as a formula is written with a leading apostrophe.
 */
import { dsvFormat } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@equal-partners/shared';
import type { SheetCells, SheetFormat } from './sheet-file.ts';

/** A cell to write: text, a number, a day (`YYYY-MM-DD`, written as a date) or nothing. */
export type OutCell = string | number | { day: string } | null;

/** One sheet to write. */
export interface OutSheet {
  name: string;
  headings: readonly string[];
  rows: readonly (readonly OutCell[])[];
  /** A note on each heading (Excel shows it when the heading is pointed at). */
  notes?: readonly string[];
}

const ukDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

function csvCell(cell: OutCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return ukDay(cell.day);
  return spreadsheetSafe(cell);
}

function workbookCell(cell: OutCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'object') return new Date(`${cell.day}T00:00:00Z`);
  return spreadsheetSafe(cell);
}

/** A CSV file's bytes: a byte order mark, then the rows. */
export function csvBytes(
  rows: readonly (readonly string[])[],
  separator = ',',
  lineEnding = '\r\n',
  bom = true,
): Uint8Array {
  const text = rows.map((row) => dsvFormat(separator).formatRows([[...row]])).join(lineEnding) + lineEnding;
  return new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow([...sheet.headings]);
  for (const row of sheet.rows) worksheet.addRow(row.map(workbookCell));
  worksheet.getRow(1).font = { bold: true };
  sheet.headings.forEach((heading, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = Math.min(40, Math.max(12, heading.length + 2));
    const note = sheet.notes?.[index];
    if (note) worksheet.getRow(1).getCell(index + 1).note = note;
  });
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
}

/**
 * A workbook of `sheets` (`xlsx`), or the first of them as a CSV file.
 * @example await writeSheets('csv', [{ name: 'Activities', headings: ['Date'], rows: [[{ day: '2026-03-27' }]] }])
 */
export async function writeSheets(format: SheetFormat, sheets: readonly OutSheet[]): Promise<Uint8Array> {
  if (format === 'csv') {
    const [sheet] = sheets;
    return csvBytes([[...sheet!.headings].map(spreadsheetSafe), ...sheet!.rows.map((row) => row.map(csvCell))]);
  }
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A reference to write into a row of a person's file. */
export interface Fill {
  row: number;
  value: string;
}

/**
 * A person's own file with the references the import gave its rows, in the format it came
 * in and otherwise as it was: in a workbook the cells are set in its first sheet; a CSV
 * file keeps its separator and line endings. Where the file had no reference column,
 * one is added first, headed `heading`.
 */
export async function withReferences(
  cells: SheetCells,
  bytes: Uint8Array,
  column: number | undefined,
  heading: string,
  fills: readonly Fill[],
): Promise<Uint8Array> {
  const at = new Map(fills.map((fill) => [fill.row, fill.value]));
  if (cells.format === 'csv') {
    const { separator, lineEnding, bom } = cells.csv!;
    const text = (cell: unknown) => (typeof cell === 'string' ? cell : '');
    const rows = [
      { row: 1, cells: cells.headings.map(text) },
      ...cells.rows.map(({ row, cells: values }) => ({ row, cells: values.map(text) })),
    ].map(({ row, cells: values }) => {
      if (column === undefined) return [row === 1 ? heading : (at.get(row) ?? ''), ...values];
      const copy = [...values];
      if (at.has(row)) copy[column] = at.get(row)!;
      return copy;
    });
    return csvBytes(rows, separator, lineEnding, bom);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheet = workbook.worksheets[0]!;
  if (column === undefined) sheet.spliceColumns(1, 0, [heading]);
  for (const [row, value] of at) sheet.getRow(row).getCell((column ?? 0) + 1).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
