/**
 * A spreadsheet a school office or a council team can fill (docs/decisions/0405): an editor
 * downloads the template, fills it as a person would (UK dates, the organisation's name, no
 * references) in Excel and as CSV, sees every problem of every row at once, fixes them and
 * imports; gets the file back with references, which imports again as unchanged and, with
 * one figure corrected, updates that one record; the activity and loop lists' downloads
 * import back unchanged; and files that cannot be read are refused with a clear error,
 * writing nothing. In English and in Welsh, with no accessibility violations.
 */
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { daysAgo, errorSummary, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
let welshEditor: BrowserContext;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  [editor, welshEditor] = await Promise.all([
    signedInContext(browser, app.url, 'demo-council-editor'),
    signedInContext(browser, app.url, 'demo-council-editor'),
  ]);
  await welshEditor.addCookies([{ name: 'ep_lang', value: 'cy', url: app.url }]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const council = "Demo City Council Children's Services";

/** `YYYY-MM-DD` as a person in the UK types it: `27/03/2026`, or `27/3/26` when short. */
const ukDate = (day: string, short = false) => {
  const [year, month, date] = day.split('-');
  return short ? `${Number(date)}/${Number(month)}/${year!.slice(2)}` : `${date}/${month}/${year}`;
};

/** What the browser downloads when `click` is done. */
async function downloaded(page: Page, click: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** Sets a row's cells by their headings, as a person types into them. */
function fill(sheet: ExcelJS.Worksheet, row: number, values: Record<string, ExcelJS.CellValue>): void {
  const headings = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
  for (const [heading, value] of Object.entries(values)) {
    const column = headings.indexOf(heading);
    expect(column, heading).toBeGreaterThan(0);
    sheet.getRow(row).getCell(column).value = value;
  }
}

/** Uploads a file on the import page and checks it. */
async function check(page: Page, file: { name: string; bytes: Buffer }, kind = 'activities'): Promise<void> {
  await page.goto('/manage/import');
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator('form[action="?/preview"] button[type="submit"]').click(),
  ]);
}

const rowErrors = async (page: Page) =>
  (await page.locator('[data-testid="row-errors"] tbody tr').allInnerTexts()).map((p) =>
    p.split('\t').map((cell) => cell.trim()),
  );
const summary = async (page: Page) =>
  Object.fromEntries(
    (await page.locator('[data-testid="import-summary"] .govuk-summary-list__row').allInnerTexts()).map((row) =>
      row
        .split(/\n|\t/)
        .map((cell) => cell.trim())
        .filter(Boolean),
    ),
  ) as Record<string, string>;
const done = (page: Page) => page.getByTestId('import-done').innerText();

/** The rows of the CSV export of the editor's activities over two years. */
async function exportedActivities(page: Page): Promise<string[][]> {
  const response = await page.request.get('/manage/export/activities.csv?months=24');
  expect(response.status()).toBe(200);
  return csvParseRows((await response.text()).replace(/^\uFEFF/, '')).slice(1);
}

describe('an editor fills the Excel template', () => {
  let fileBack: { name: string; bytes: Buffer };

  it('downloads the template: plain headings, an example row, the allowed values on a second sheet', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/import');
    expect(await accessibilityProblems(page)).toEqual([]);
    const template = await downloaded(page, () =>
      page.getByRole('link', { name: 'Excel template for Engagement activities (.xlsx)' }).click(),
    );
    expect(template.name).toBe('activities-template.xlsx');
    const workbook = await workbookOf(template.bytes);
    const [sheet, allowed] = workbook.worksheets;
    const headings = (sheet!.getRow(1).values as string[]).slice(1);
    expect(headings.slice(0, 4)).toEqual(['Reference', 'Organisation', 'Date', 'End date']);
    expect(headings).toEqual(expect.arrayContaining(['Participants', 'Group: Children with SEND', 'Lundy: voice']));
    expect(headings.some((h) => h.includes('.'))).toBe(false);
    expect(sheet!.getRow(2).getCell(2).value).toBe(council);
    expect(sheet!.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(allowed!.name).toBe('Allowed values');
    const values = allowed!.getColumn(4).values.map(String);
    expect(values).toEqual(expect.arrayContaining(['Workshop', 'Online meeting', 'Parents and carers', 'Childcare']));

    // A person types over the template: the example row forgotten at the top, UK dates, the organisation's
    // name, no references, and a few slips.
    fill(sheet!, 3, {
      Organisation: council,
      Date: new Date(`${daysAgo(10)}T00:00:00Z`),
      Title: 'Stay and play at Northgate library',
      'Who it was for': 'Children; Parents and carers',
      'How it happened': 'Workshop',
      'Where it happened': 'In the community',
      'Stage of the work': 'Design',
      'How much say people had': 'Co-designing',
      'Lundy: space': 'Yes',
      'Lundy: voice': 'Yes',
      'Lundy: audience': 'No',
      'Lundy: influence': null,
      'Charter principles': null,
      Participants: 14,
      'Taking part for the first time': 20,
      'Told you about themselves': 12,
      'Group: Children with SEND': 3,
      'Adjustments offered': null,
      'Feedback responses': null,
      'Felt listened to': null,
      'Know what happens next': null,
      'Public summary': null,
      'Title in Welsh': null,
      'Public summary in Welsh': null,
    });
    const second = {
      ...Object.fromEntries(
        ['Organisation', 'Who it was for', 'Where it happened', 'Stage of the work', 'How much say people had'].map(
          (h) => [h, sheet!.getRow(3).getCell((sheet!.getRow(1).values as string[]).indexOf(h)).value],
        ),
      ),
    };
    fill(sheet!, 4, {
      ...second,
      Date: '31/02/2026',
      Title: 'Parents’ evening stall',
      'How it happened': 'Face-to-face meeting',
      'Lundy: space': 'no',
      Participants: 'lots',
      'Taking part for the first time': '2',
      'Told you about themselves': '3',
    });
    fill(sheet!, 5, {
      ...second,
      Organisation: 'Demo City Council',
      Date: ukDate(daysAgo(20), true),
      Title: 'Youth forum online',
      'How it happened': 'Zoom call',
      'Lundy: voice': 'maybe',
      Participants: '1,200',
      'Taking part for the first time': '100',
      'Told you about themselves': '900',
    });

    await check(page, { name: 'our-activities.xlsx', bytes: await bytesOf(workbook) });
    const errors = await rowErrors(page);
    expect(errors.map(([row, column]) => [row, column])).toEqual([
      ['2', 'Title'],
      ['3', 'Taking part for the first time'],
      ['4', 'Date'],
      ['4', 'Participants'],
      ['5', 'Organisation'],
      ['5', 'How it happened'],
      ['5', 'Lundy: voice'],
    ]);
    expect(errors.map(([, , message]) => message)).toEqual([
      'This is the template’s example row: replace it with your own, or delete it',
      'First-time participants cannot exceed the total',
      '‘31/02/2026’ is not a date: enter the day, month and year, like 27/03/2026',
      '‘lots’ is not a number of people: enter a whole number from 0 to 100,000, like 12',
      expect.stringMatching(
        /^No organisation of the partnership is called ‘Demo City Council’: enter its name as the template lists it, like ‘.+’$/,
      ),
      expect.stringMatching(
        /^‘Zoom call’ is not one of the values this column allows: use one listed with the template, like ‘.+’$/,
      ),
      '‘maybe’ is not yes or no: enter Yes or No',
    ]);
    await expect(page.getByRole('button', { name: /^Import/ }).count()).resolves.toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Fixed, the example row deleted.
    fill(sheet!, 3, { 'Taking part for the first time': 5 });
    fill(sheet!, 4, { Date: ukDate(daysAgo(15)), Participants: '9' });
    fill(sheet!, 5, {
      Organisation: "demo city council children's services",
      'How it happened': 'Online meeting',
      'Lundy: voice': 'y',
    });
    sheet!.spliceRows(2, 1);
    await check(page, { name: 'our-activities.xlsx', bytes: await bytesOf(workbook) });
    await expect(rowErrors(page)).resolves.toEqual([]);
    await expect(summary(page)).resolves.toMatchObject({
      'Rows in the file': '3',
      'New records': '3',
      'Records to update': '0',
      'Rows given a new reference': '3',
    });
    expect(await accessibilityProblems(page)).toEqual([]);

    // The file back: the same workbook, with a reference in each row.
    fileBack = await downloaded(page, () => page.getByTestId('file-back').click());
    expect(fileBack.name).toBe('our-activities-with-references.xlsx');
    const back = (await workbookOf(fileBack.bytes)).worksheets[0]!;
    const references = [2, 3, 4].map((row) => String(back.getRow(row).getCell(1).value));
    expect(references.every((reference) => /^[\w-]{8,}$/.test(reference))).toBe(true);
    expect(new Set(references).size).toBe(3);
    expect(back.getRow(3).getCell(5).value).toBe('Parents’ evening stall');

    await submit(page, 'Import 3 activities');
    await expect(done(page)).resolves.toContain('3 activities added, 0 updated and 0 unchanged.');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.goto('/manage/activities');
    const titles = await page.locator('[data-testid="records"] tbody th').allInnerTexts();
    expect(titles).toEqual(
      expect.arrayContaining(['Stay and play at Northgate library', 'Parents’ evening stall', 'Youth forum online']),
    );
    await page.close();
  });

  it('imports the file given back as unchanged, and with one figure corrected updates that one record', async () => {
    const page = await editor.newPage();
    await check(page, fileBack);
    await expect(summary(page)).resolves.toMatchObject({
      'New records': '0',
      'Records to update': '0',
      'Already imported, unchanged': '3',
    });
    await expect(page.getByTestId('import-nothing').innerText()).resolves.toBe(
      'Every row is already imported and unchanged: there is nothing to import.',
    );
    await expect(page.getByRole('button', { name: /^Import/ }).count()).resolves.toBe(0);

    const workbook = await workbookOf(fileBack.bytes);
    fill(workbook.worksheets[0]!, 3, { Participants: 11 });
    await check(page, { name: fileBack.name, bytes: await bytesOf(workbook) });
    await expect(summary(page)).resolves.toMatchObject({
      'New records': '0',
      'Records to update': '1',
      'Already imported, unchanged': '2',
    });
    await submit(page, 'Import 1 activity');
    await expect(done(page)).resolves.toContain('0 activities added, 1 updated and 2 unchanged.');
    await page.goto('/manage/activities');
    const row = page.locator('[data-testid="records"] tbody tr', { hasText: 'Parents’ evening stall' });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('td').last().innerText()).resolves.toBe('11');
    await page.close();
  });
});

describe('an editor fills the CSV template', () => {
  it('reads what a person types, flags a row entered twice, imports and gives the CSV file back with references', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/import');
    const template = await downloaded(page, () =>
      page.getByRole('link', { name: 'CSV template for Engagement activities' }).click(),
    );
    expect(template.name).toBe('activities-template.csv');
    const [headings = [], example = []] = csvParseRows(template.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(headings[0]).toBe('Reference');
    expect(example[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const allowed = await downloaded(page, () =>
      page.getByRole('link', { name: 'Allowed values for Engagement activities (CSV)' }).click(),
    );
    expect(allowed.bytes.toString('utf8')).toContain('Social media');

    const values: Record<string, string> = {
      Organisation: council,
      Date: ukDate(daysAgo(8), true),
      Title: '@Parents WhatsApp group chat',
      'Who it was for': 'Children, Parents and carers',
      'How it happened': 'social media',
      'Where it happened': 'Online',
      'Stage of the work': 'Delivery',
      'How much say people had': 'Consulting',
      'Lundy: space': 'y',
      'Lundy: voice': 'Y',
      'Lundy: audience': 'n',
      'Lundy: influence': '',
      Participants: '1,250',
      'Taking part for the first time': '40',
      'Told you about themselves': '1,000',
      'Group: Children with SEND': '12',
      'Feedback responses': '-',
    };
    const line = () =>
      headings.map((h) => ((values[h] ?? '').includes(',') ? `"${values[h]}"` : (values[h] ?? ''))).join(',');
    const csv = Buffer.from(`${headings.join(',')}\r\n${line()}\r\n${line()}\r\n`);
    await check(page, { name: 'whatsapp.csv', bytes: csv });
    await expect(rowErrors(page)).resolves.toEqual([]);
    await expect(summary(page)).resolves.toMatchObject({ 'New records': '2', 'Rows given a new reference': '2' });
    // Identical rows are flagged, not merged: each is a record of its own unless one is deleted.
    await expect(page.locator('[data-testid="duplicates"] tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^3\s+2$/),
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);
    const fileBack = await downloaded(page, () => page.getByTestId('file-back').click());
    expect(fileBack.name).toBe('whatsapp-with-references.csv');
    const backRows = csvParseRows(fileBack.bytes.toString('utf8'));
    expect(backRows[1]![0]).not.toBe('');
    expect(backRows[2]![0]).not.toBe(backRows[1]![0]);
    expect(backRows[1]!.slice(1)).toEqual(csvParseRows(csv.toString('utf8'))[1]!.slice(1));

    await submit(page, 'Import 2 activities');
    await expect(done(page)).resolves.toContain('2 activities added, 0 updated and 0 unchanged.');
    await check(page, fileBack);
    await expect(summary(page)).resolves.toMatchObject({ 'New records': '0', 'Already imported, unchanged': '2' });

    // The list's download writes the text a spreadsheet would run (it starts with @) with an apostrophe before it.
    const exported = await page.request.get('/manage/export/activities.csv?months=3');
    expect(await exported.text()).toContain("'@Parents WhatsApp group chat");
    await page.close();
  });
});

describe('the lists’ downloads', () => {
  it('import back unchanged: the activities as Excel and as CSV, the feedback loops as Excel', async () => {
    const page = await editor.newPage();
    const unchangedOnImport = async (list: string, link: string, kind: string) => {
      await page.goto(list);
      expect(await accessibilityProblems(page)).toEqual([]);
      const file = await downloaded(page, () => page.getByRole('link', { name: link }).click());
      await check(page, file, kind);
      await expect(rowErrors(page)).resolves.toEqual([]);
      const found = await summary(page);
      expect(Number(found['Rows in the file'])).toBeGreaterThan(0);
      expect(found).toMatchObject({
        'New records': '0',
        'Records to update': '0',
        'Already imported, unchanged': found['Rows in the file'],
      });
      await expect(page.getByTestId('import-nothing').count()).resolves.toBe(1);
      return { file, rows: Number(found['Rows in the file']) };
    };
    const xlsx = await unchangedOnImport(
      '/manage/activities?months=12',
      'Download as an Excel workbook (.xlsx)',
      'activities',
    );
    expect(xlsx.file.name).toBe('activities.xlsx');
    expect(xlsx.rows).toBeGreaterThan(5);
    const csv = await unchangedOnImport('/manage/activities?months=12', 'Download as CSV', 'activities');
    expect(csv.file.name).toBe('activities.csv');
    expect(csv.rows).toBe(xlsx.rows);
    await unchangedOnImport('/manage/loops?months=24', 'Download as an Excel workbook (.xlsx)', 'loops');
    await page.close();
  });
});

/** A zip archive of one deflated entry that says it unpacks to little: what a zip bomb looks like. */
function zipBomb(): Buffer {
  const content = Buffer.alloc(120 * 1024 * 1024, 0x20);
  const packed = deflateRawSync(content);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

describe('files that cannot be imported', () => {
  it('are refused with a clear error, and nothing is written', { timeout: 240_000 }, async () => {
    const page = await editor.newPage();
    const before = await exportedActivities(page);
    const refusal = async (file: { name: string; bytes: Buffer }) => {
      await check(page, file);
      return (await errorSummary(page)).map((e) => e.message);
    };
    const formula = new ExcelJS.Workbook();
    formula.addWorksheet('Activities').addRows([
      [
        'Date',
        'Title',
        'Participants',
        'Who it was for',
        'How it happened',
        'Where it happened',
        'Stage of the work',
        'How much say people had',
        'Taking part for the first time',
        'Told you about themselves',
      ],
      [
        ukDate(daysAgo(3)),
        'Coffee morning',
        { formula: 'SUM(1,2)', result: 3 },
        'Children',
        'Workshop',
        'Online',
        'Design',
        'Consulting',
        '1',
        '1',
      ],
    ]);

    expect(await refusal({ name: 'minutes.pdf', bytes: Buffer.from('%PDF-1.7') })).toEqual([
      'The selected file must be an Excel workbook (.xlsx) or a CSV file (.csv)',
    ]);
    expect(await refusal({ name: 'activities.csv', bytes: Buffer.alloc(0) })).toEqual(['The selected file is empty']);
    expect(await refusal({ name: 'activities.csv', bytes: Buffer.alloc(10 * 1024 * 1024, 'a') })).toEqual([
      'The selected file must be smaller than 5 MB: split it into smaller files',
    ]);
    expect(await refusal({ name: 'activities.xlsx', bytes: zipBomb() })).toEqual([
      'The selected file unpacks to more data than an import can read: save it again from your spreadsheet, or split it into smaller files',
    ]);
    expect(await refusal({ name: 'activities.xls', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]) })).toEqual(
      ['The selected file is an older Excel file (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)'],
    );
    // Saved by Excel as plain "CSV" (Windows-1252): the é of "Café" is not UTF-8.
    expect(
      await refusal({
        name: 'activities.csv',
        bytes: Buffer.from('Title,Date\r\nCaf\xe9 chat,01/03/2026\r\n', 'latin1'),
      }),
    ).toEqual([
      'The selected file is not saved as UTF-8 text: in Excel, choose Save As and then ‘CSV UTF-8 (Comma delimited)’',
    ]);
    expect(await refusal({ name: 'activities.xlsx', bytes: Buffer.from('Title\nnot a workbook\n') })).toEqual([
      'The selected file is not an Excel workbook that can be read: open it in your spreadsheet and save it again as an Excel Workbook (.xlsx)',
    ]);
    await check(page, { name: 'formula.xlsx', bytes: await bytesOf(formula) });
    await expect(rowErrors(page)).resolves.toEqual([
      [
        '2',
        'Participants',
        'This cell holds a formula (=SUM(1,2)): type the value itself (in Excel, copy the cell and paste it as a value)',
      ],
    ]);
    await expect(page.getByRole('button', { name: /^Import/ }).count()).resolves.toBe(0);
    expect(await exportedActivities(page)).toEqual(before);
    await page.close();
  });
});

describe('in Welsh', () => {
  it('gives the template’s headings and every problem in Welsh, with no accessibility violations', async () => {
    const page = await welshEditor.newPage();
    await page.goto('/manage/import');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    expect(await accessibilityProblems(page)).toEqual([]);
    const template = await downloaded(page, () =>
      page.getByRole('link', { name: 'Templed Excel ar gyfer Gweithgareddau ymgysylltu (.xlsx)' }).click(),
    );
    expect(template.name).toBe('templed-gweithgareddau.xlsx');
    const workbook = await workbookOf(template.bytes);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as string[]).slice(1, 4)).toEqual(['Cyfeirnod', 'Sefydliad', 'Dyddiad']);
    expect(workbook.worksheets[1]!.name).toBe('Gwerthoedd a ganiateir');
    fill(sheet, 2, { Dyddiad: 'ddoe', Teitl: 'Bore coffi', Cyfranogwyr: 'llawer' });
    await check(page, { name: 'gweithgareddau.xlsx', bytes: await bytesOf(workbook) });
    await expect(rowErrors(page)).resolves.toEqual([
      ['2', 'Dyddiad', 'Nid yw ‘ddoe’ yn ddyddiad: rhowch y diwrnod, y mis a’r flwyddyn, fel 27/03/2026'],
      ['2', 'Cyfranogwyr', 'Nid yw ‘llawer’ yn nifer o bobl: rhowch rif cyfan o 0 i 100,000, fel 12'],
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await check(page, { name: 'gweithgareddau.ods', bytes: Buffer.from('x') });
    expect((await errorSummary(page)).map((e) => e.message)).toEqual([
      'Rhaid i’r ffeil a ddewiswyd fod yn llyfr gwaith Excel (.xlsx) neu’n ffeil CSV (.csv)',
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);
    for (const list of ['/manage/activities', '/manage/loops']) {
      await page.goto(list);
      await expect(page.getByRole('link', { name: 'Lawrlwytho fel llyfr gwaith Excel (.xlsx)' }).count()).resolves.toBe(
        1,
      );
      expect(await accessibilityProblems(page)).toEqual([]);
    }
    await page.close();
  });
});
