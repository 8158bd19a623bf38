import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkUnpackedSize, FileProblem, readSheetFile } from './sheet-file.ts';
import { withReferences, writeSheets } from './sheet-write.ts';

/** A zip archive of one deflated entry, as a workbook is made of. */
function zipOf(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  // What the archive says the entry unpacks to: a bomb says little.
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

const problemOf = async (name: string, bytes: Uint8Array) => {
  try {
    await readSheetFile(name, bytes);
    return undefined;
  } catch (caught) {
    return caught instanceof FileProblem ? caught.code : caught;
  }
};

describe('reading a spreadsheet file', () => {
  it('reads a workbook’s first sheet: text, numbers, real dates, formulas and errors each as they are', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Activities');
    sheet.addRow(['Date', 'Title', 'Participants', 'Total']);
    sheet.addRow([
      new Date(Date.UTC(2026, 2, 27)),
      { richText: [{ text: 'Coffee ' }, { text: 'morning' }] },
      12,
      { formula: 'C2*2', result: 24 },
    ]);
    sheet.addRow([null, { text: 'Minutes', hyperlink: 'https://example.org' }, { error: '#N/A' }, '']);
    workbook.addWorksheet('Allowed values').addRow(['Column']);
    const cells = await readSheetFile('activities.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(cells.headings).toEqual(['Date', 'Title', 'Participants', 'Total']);
    expect(cells.rows).toEqual([
      { row: 2, cells: [new Date(Date.UTC(2026, 2, 27)), 'Coffee morning', 12, { formula: 'C2*2' }] },
      { row: 3, cells: [null, 'Minutes', { error: '#N/A' }, ''] },
    ]);
  });

  it('reads a CSV file saved by Excel: a byte order mark, semicolons or commas, quoted line breaks', async () => {
    const semicolons = new TextEncoder().encode(
      '\uFEFFTitle;Participants\r\n"Coffee; cake";12\r\n"Two\r\nlines";3\r\n',
    );
    const cells = await readSheetFile('activities.csv', semicolons);
    expect(cells.headings).toEqual(['Title', 'Participants']);
    expect(cells.rows.map((r) => r.cells)).toEqual([
      ['Coffee; cake', '12'],
      ['Two\r\nlines', '3'],
    ]);
    expect(cells.csv).toEqual({ separator: ';', lineEnding: '\r\n', bom: true });
  });

  it('refuses what it cannot read, each with its own reason', async () => {
    const text = new TextEncoder().encode('Title\nCaf\u00e9\n');
    expect(await problemOf('activities.csv', new Uint8Array())).toBe('empty');
    expect(await problemOf('activities.csv', new Uint8Array(5 * 1024 * 1024 + 1))).toBe('too-big');
    expect(await problemOf('activities.pdf', text)).toBe('wrong-type');
    expect(await problemOf('activities.ods', text)).toBe('wrong-type');
    expect(await problemOf('activities.xls', text)).toBe('old-excel');
    expect(await problemOf('activities.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBe('old-excel');
    expect(await problemOf('activities.xlsx', text)).toBe('not-xlsx');
    // Windows-1252 (what Excel's plain "CSV" saves) writes é as one byte, which is not UTF-8.
    expect(await problemOf('activities.csv', Uint8Array.from([0x54, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]))).toBe(
      'encoding',
    );
    expect(await problemOf('activities.csv', Uint8Array.from([0xff, 0xfe, 0x54, 0x00]))).toBe('encoding');
    expect(await problemOf('activities.csv', zipOf('a.txt', Buffer.from('hello')))).toBe('binary');
    expect(await problemOf('activities.xlsx', zipOf('a.txt', Buffer.from('not a workbook')))).toBe('not-xlsx');
  });

  it(
    'refuses a zip bomb before unpacking more than the limit, whatever size the archive declares',
    { timeout: 60_000 },
    () => {
      const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1024 * 1024, 0x41));
      expect(bomb.length).toBeLessThan(1024 * 1024);
      expect(() => checkUnpackedSize(bomb)).toThrow('unpacks-too-large');
      expect(() => checkUnpackedSize(zipOf('small.xml', Buffer.alloc(1000, 0x41)))).not.toThrow();
    },
  );
});

describe('writing a spreadsheet', () => {
  it('writes dates as dates and text a spreadsheet would run with an apostrophe, and reads back the same', async () => {
    const sheets = [
      {
        name: 'Activities',
        headings: ['Date', 'Title', 'Participants'],
        rows: [[{ day: '2026-03-27' }, '=HYPERLINK("x")', 12]],
      },
    ];
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await writeSheets('csv', sheets));
    expect(csv).toBe('\uFEFFDate,Title,Participants\r\n27/03/2026,"\'=HYPERLINK(""x"")",12\r\n');
    const cells = await readSheetFile('a.xlsx', await writeSheets('xlsx', sheets));
    expect(cells.rows[0]!.cells).toEqual([new Date(Date.UTC(2026, 2, 27)), '\'=HYPERLINK("x")', 12]);
  });

  it('gives a person’s file back with the references filled in, in the same format, otherwise as it was', async () => {
    const csv = new TextEncoder().encode('Title;Reference\r\nCoffee;\r\nTea;kept\r\nCake;\r\n');
    const csvCells = await readSheetFile('mine.csv', csv);
    const back = await withReferences(csvCells, csv, 1, 'Reference', [
      { row: 2, value: 'r-1' },
      { row: 4, value: 'r-2' },
    ]);
    expect(new TextDecoder().decode(back)).toBe('Title;Reference\r\nCoffee;r-1\r\nTea;kept\r\nCake;r-2\r\n');

    const xlsx = await writeSheets('xlsx', [{ name: 'Mine', headings: ['Title'], rows: [['Coffee'], ['Tea']] }]);
    const xlsxCells = await readSheetFile('mine.xlsx', xlsx);
    const filled = await readSheetFile(
      'mine.xlsx',
      await withReferences(xlsxCells, xlsx, undefined, 'Reference', [{ row: 3, value: 'r-9' }]),
    );
    expect(filled.headings).toEqual(['Reference', 'Title']);
    expect(filled.rows.map((r) => r.cells)).toEqual([
      [null, 'Coffee'],
      ['r-9', 'Tea'],
    ]);
  });
});
