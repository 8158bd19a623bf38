import { describe, expect, it } from 'vitest';
import { appText } from '#lib/i18n/index.ts';
import type { CellValue } from './sheet-cells.ts';
import { sheetColumns, type SheetContext } from './sheet-columns.ts';
import type { SheetCells } from './sheet-file.ts';
import { columnLetter, matchHeadings, readRows } from './sheet-rows.ts';

const context: SheetContext = {
  signatories: [
    { id: 'demo-city-council', name: 'Demo City Council' },
    { id: 'oakfield-special-school', name: 'Oakfield Special School' },
  ],
  groups: [
    { id: 'send', label: 'Children with SEND' },
    { id: 'fsm', label: 'Eligible for free school meals' },
  ],
  principles: [{ id: 'inclusive', title: 'Inclusive' }],
};
const en = appText('en');
const cy = appText('cy');
const activityColumns = sheetColumns('activities', context);
const loopColumns = sheetColumns('loops', context);

const sheet = (headings: CellValue[], ...rows: CellValue[][]): SheetCells => ({
  format: 'csv',
  headings,
  rows: rows.map((cells, index) => ({ row: index + 2, cells })),
});

describe('the columns of a spreadsheet', () => {
  it('have a plain heading in English and Welsh, the groups headed by the partnership’s labels', () => {
    const heading = (name: string) => activityColumns.find((c) => c.name === name)!.headings;
    expect(heading('participants.total')).toEqual({ en: 'Participants', cy: 'Cyfranogwyr' });
    expect(heading('participants.groups.send')).toEqual({
      en: 'Group: Children with SEND',
      cy: 'Grŵp: Plant ag anghenion addysgol arbennig neu anabledd',
    });
    expect(activityColumns.map((c) => c.name)).toContain('participants.groups.fsm');
    expect(loopColumns.find((c) => c.name === 'raisedOn')!.type).toBe('date');
  });
});

describe('matching a file’s headings to the columns', () => {
  it('accepts the English heading, the Welsh heading or the record’s own name, whatever the case and spacing', () => {
    const { matched, problems } = matchHeadings(
      [
        'Date',
        'cyfranogwyr',
        'participants.firstTime',
        '  Group:  children with SEND ',
        'Grŵp: Yn gymwys i gael prydau ysgol am ddim',
        'Lundy: Voice *',
      ],
      activityColumns,
      en,
    );
    expect(problems).toEqual([]);
    expect(matched.map((c) => c?.name)).toEqual([
      'date',
      'participants.total',
      'participants.firstTime',
      'participants.groups.send',
      'participants.groups.fsm',
      'lundy.voice',
    ]);
  });

  it('names a heading it does not know and one that is there twice, in the page’s language', () => {
    const { problems } = matchHeadings(['Date', 'Venue', 'Dyddiad'], activityColumns, en);
    expect(problems).toEqual([
      {
        row: 1,
        column: 'Venue',
        message:
          '‘Venue’ is not one of the template’s headings: rename it to a heading of the template, or delete the column',
      },
      { row: 1, column: 'Dyddiad', message: '‘Dyddiad’ is in row 1 twice: delete one of the two columns' },
    ]);
    expect(matchHeadings(['Lleoliad'], activityColumns, cy).problems[0]!.message).toBe(
      'Nid yw ‘Lleoliad’ yn un o benawdau’r templed: rhowch un o benawdau’r templed yn ei le, neu dilëwch y golofn',
    );
  });

  it('names columns with spreadsheet letters', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('reading the rows of a file', () => {
  const headings = [
    'Reference',
    'Organisation',
    'Date',
    'Title',
    'Who it was for',
    'How it happened',
    'Where it happened',
    'Stage of the work',
    'How much say people had',
    'Lundy: space',
    'Lundy: voice',
    'Participants',
    'Taking part for the first time',
    'Told you about themselves',
    'Group: Children with SEND',
  ];
  const row = (overrides: Record<number, CellValue> = {}): CellValue[] =>
    Object.assign(
      [
        '',
        'Oakfield Special School',
        '27/03/2026',
        'Coffee morning',
        'Parents and carers; Children',
        'Workshop',
        'In the community',
        'Design',
        'Consulting',
        'Yes',
        '',
        '14',
        '2',
        '10',
        '3',
      ],
      overrides,
    );

  it('makes each row the record it describes, giving a reference to a row without one', () => {
    const references = ['new-1', 'new-2'];
    const read = readRows(
      sheet(headings, row(), row({ 0: 'kept-1', 3: 'Drop-in' }), Array(headings.length).fill('')),
      'activities',
      activityColumns,
      context,
      {},
      en,
      () => references.shift()!,
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 2,
        unread: [],
        record: {
          id: 'new-1',
          signatoryId: 'oakfield-special-school',
          date: '2026-03-27',
          title: 'Coffee morning',
          audience: ['parents-carers', 'children'],
          channel: 'workshop',
          setting: 'community',
          stage: 'design',
          level: 'consulting',
          lundy: { space: true, voice: false, audience: false, influence: false },
          participants: { total: 14, firstTime: 2, demographicsRecorded: 10, groups: { send: 3 } },
        },
      },
      expect.objectContaining({ row: 3, record: expect.objectContaining({ id: 'kept-1', title: 'Drop-in' }) }),
    ]);
    expect(read.fills).toEqual([{ row: 2, value: 'new-1' }]);
    expect(read.referenceColumn).toBe(0);
  });

  it('finds every problem of every row at once, named by the file’s own heading, saying what to do', () => {
    const read = readRows(
      sheet(
        headings,
        row({ 1: 'Oakfield School', 2: '31/02/2026', 11: 'lots' }),
        row({ 4: 'Grandparents', 9: 'maybe', 2: '' }),
      ),
      'activities',
      activityColumns,
      context,
      {},
      en,
    );
    expect(read.problems).toEqual([
      {
        row: 2,
        column: 'Organisation',
        message:
          'No organisation of the partnership is called ‘Oakfield School’: enter its name as the template lists it, like ‘Demo City Council’',
      },
      { row: 2, column: 'Date', message: '‘31/02/2026’ is not a date: enter the day, month and year, like 27/03/2026' },
      {
        row: 2,
        column: 'Participants',
        message: '‘lots’ is not a number of people: enter a whole number from 0 to 100,000, like 12',
      },
      { row: 3, column: 'Date', message: 'Fill in this cell: every row needs it' },
      {
        row: 3,
        column: 'Who it was for',
        message:
          '‘Grandparents’ is not one of the values this column allows: use one listed with the template, like ‘Children’',
      },
      { row: 3, column: 'Lundy: space', message: '‘maybe’ is not yes or no: enter Yes or No' },
    ]);
    // What could not be read is left out of the record, and the import's rules say nothing more of it.
    expect(read.rows[0]!.unread).toEqual(['signatoryId', 'date', 'participants.total']);
    expect(read.rows[0]!.record).not.toHaveProperty('date');
  });

  it('words the problems in Welsh on a Welsh page, and names the columns by the file’s Welsh headings', () => {
    const welsh = headings.map((h) => activityColumns.find((c) => c.headings.en === h)!.headings.cy);
    const read = readRows(sheet(welsh, row({ 2: 'ddoe' })), 'activities', activityColumns, context, {}, cy);
    expect(read.problems).toEqual([
      {
        row: 2,
        column: 'Dyddiad',
        message: 'Nid yw ‘ddoe’ yn ddyddiad: rhowch y diwrnod, y mis a’r flwyddyn, fel 27/03/2026',
      },
    ]);
  });

  it('takes a blank organisation as an editor’s own, and says which required columns are missing', () => {
    const read = readRows(
      sheet(['Title', 'Participants'], ['Coffee morning', '4']),
      'activities',
      activityColumns,
      context,
      { signatoryId: 'demo-city-council' },
      en,
      () => 'new-1',
    );
    expect(read.rows[0]!.record).toMatchObject({
      id: 'new-1',
      signatoryId: 'demo-city-council',
      lundy: { space: false, voice: false, audience: false, influence: false },
    });
    expect(read.problems.map((p) => p.column)).toEqual([
      'Date',
      'Who it was for',
      'How it happened',
      'Where it happened',
      'Stage of the work',
      'How much say people had',
      'Taking part for the first time',
      'Told you about themselves',
    ]);
    expect(read.problems[0]!.message).toBe('The column ‘Date’ is missing: add it, with its heading from the template');
    expect(read.referenceColumn).toBeUndefined();
  });

  it('refuses the template’s example row and a column with values but no heading', () => {
    const read = readRows(
      sheet([...headings, ''], [...row({ 3: en.t('sheet.example.activities.title') }), 'stray']),
      'activities',
      activityColumns,
      context,
      {},
      en,
    );
    expect(read.problems).toEqual([
      {
        row: 1,
        column: 'P',
        message: 'Column P has values but no heading: give it a heading of the template, or delete it',
      },
      {
        row: 2,
        column: 'Title',
        message: 'This is the template’s example row: replace it with your own, or delete it',
      },
    ]);
  });
});
